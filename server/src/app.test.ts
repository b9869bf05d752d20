import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './platform/db';
import { createScan, firstChoiceAnswer } from './test-support/fixtures';
import { errorOf } from './test-support/http';
import { openTestDatabase, testApp } from './test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
const webDir = mkdtempSync(join(tmpdir(), 'driehoek-web-'));

beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Driehoek</title>');
  writeFileSync(join(webDir, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  db = await openTestDatabase();
  app = testApp(db, undefined, { webDir } as never);
});
afterAll(() => db?.close());

describe('the HTTP app', () => {
  it('reports health when the database answers', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves index.html for client routes so a reload of /s/<link> works', async () => {
    for (const path of ['/', '/s/abcdefghijklmnopqrstuv', '/app/monitor']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Driehoek</title>');
    }
  });

  it('never answers a missing asset with HTML', async () => {
    const res = await app.request('/assets/missing-123.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toContain('html');
    expect((await app.request('/favicon.ico')).status).toBe(404);
  });

  it('serves hashed assets as immutable', async () => {
    const res = await app.request('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await app.request('/api/bestaat-niet');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('sends a CSP that allows no third-party origin and no framing', async () => {
    const csp = (await app.request('/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('compresses large API responses but answers a submission plainly, security headers included', async () => {
    const { links } = await createScan(db.sql);
    const linkId = links.parents ?? '';
    const gzip = { 'accept-encoding': 'gzip' };
    // The questionnaire a phone downloads is large: compressed.
    const survey = await app.request(`/api/links/${linkId}`, { headers: gzip });
    expect(survey.status).toBe(200);
    expect(survey.headers.get('content-encoding')).toBe('gzip');
    expect(survey.headers.get('vary')).toContain('Accept-Encoding');
    // A submission's answer is a few dozen bytes: sent as it is, in one piece, with the same headers as the rest.
    const q = firstChoiceAnswer();
    const saved = await app.request(`/api/responses/${randomUUID()}`, {
      method: 'PUT',
      headers: { ...gzip, 'content-type': 'application/json' },
      body: JSON.stringify({ linkId, locale: 'nl', answers: { [q.name]: q.value }, complete: true }),
    });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('content-encoding')).toBeNull();
    expect(saved.headers.get('vary')).toBeNull();
    expect(saved.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(saved.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await saved.json()).toMatchObject({ status: 'complete' });
  });
});

describe('health when the database is gone', () => {
  it('answers 503', async () => {
    const gone = await openTestDatabase();
    const goneApp = testApp(gone);
    await gone.close();
    const res = await goneApp.request('/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false });
  });
});
