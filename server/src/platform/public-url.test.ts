import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScan } from '../test-support/fixtures';
import { staffAgent } from '../test-support/staff';
import { openTestDatabase, testApp } from '../test-support/test-database';
import type { Database } from './db';
import { listeningUrl } from './public-url';

let db: Database;
let scan: Awaited<ReturnType<typeof createScan>>;
beforeAll(async () => {
  db = await openTestDatabase();
  scan = await createScan(db.sql, { name: 'Host' });
});
afterAll(() => db?.close());

/** Everything a researcher can hand out, asked for with a forged Host header. */
async function linksHandedOut(publicUrl: string | undefined) {
  const app = testApp(db, undefined, publicUrl ? { publicUrl } : {});
  const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
  const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
  const send = (method: string, path: string, body?: unknown) =>
    app.request(`http://evil.example${path}`, {
      method,
      headers: {
        ...forged,
        cookie: researcher.cookie,
        'x-driehoek-csrf': '1',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  const invite = await send('POST', '/api/users', {
    email: `team-${Math.random().toString(36).slice(2)}@ikc.nl`,
    name: 'Team',
    role: 'ikc',
    scope: { ikcIds: [scan.ikcId] },
  });
  expect(invite.status).toBe(201);
  const letter = await send('GET', `/api/distribution/${scan.roundId}/parents/letter`);
  expect(letter.status).toBe(200);
  return [JSON.stringify(await invite.json()), await letter.text()].join('\n');
}

describe('links handed out', () => {
  it('take the configured public URL, never the Host header of the request', async () => {
    const text = await linksHandedOut('https://scan.example.nl');
    expect(text).toContain('https://scan.example.nl/app/wachtwoord#');
    expect(text).toContain(`https://scan.example.nl/s/${scan.links.parents}`);
    expect(text).not.toContain('evil.example');
  });

  it('take the listening address when no public URL is configured, still not the Host header', async () => {
    const text = await linksHandedOut(undefined);
    expect(text).toContain('http://localhost:8080/app/wachtwoord#');
    expect(text).not.toContain('evil.example');
  });

  it('name a wildcard interface localhost and keep a named one', () => {
    expect(listeningUrl('0.0.0.0', 8080)).toBe('http://localhost:8080');
    expect(listeningUrl('::', 3000)).toBe('http://localhost:3000');
    expect(listeningUrl('127.0.0.1', 9)).toBe('http://127.0.0.1:9');
    expect(listeningUrl('::1', 9)).toBe('http://[::1]:9');
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent only when the public URL is https', async () => {
    const plain = await testApp(db, undefined, { publicUrl: 'http://localhost:8080' }).request('/healthz');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    const tls = await testApp(db, undefined, { publicUrl: 'https://scan.example.nl' }).request('/healthz');
    expect(tls.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });
});
