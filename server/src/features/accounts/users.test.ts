import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
const clock = testClock();
let app: ReturnType<typeof testApp>;
let scan: Awaited<ReturnType<typeof createScan>>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  scan = await createScan(db.sql, { name: 'Users' });
});
afterAll(() => db?.close());

const post = (path: string, body: unknown, cookie = '') =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1', cookie },
    body: JSON.stringify(body),
  });

describe('invitations and passwords', () => {
  it('invite an IKC user whose link sets a first password once and logs them in', async () => {
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const res = await researcher.send('POST', '/api/users', {
      email: 'Team@IKC.nl',
      name: 'Team',
      role: 'ikc',
      scope: { ikcIds: [scan.ikcId] },
    });
    expect(res.status).toBe(201);
    const { invitation } = (await res.json()) as { invitation: { url: string } };
    const token = invitation.url.split('#')[1] ?? '';
    expect(invitation.url).toContain('/app/wachtwoord#');

    const short = await post('/api/session/password/set', { token, password: 'kort' });
    expect((await errorOf(short)).field).toBe('password');
    const set = await post('/api/session/password/set', { token, password: 'een goed wachtwoord' });
    expect(set.status).toBe(200);
    expect(set.headers.get('set-cookie')).toContain('driehoek_session=');
    const reuse = await post('/api/session/password/set', { token, password: 'een ander wachtwoord' });
    expect((await errorOf(reuse)).field).toBe('token');

    const login = await post('/api/session/login', { email: 'team@ikc.nl', password: 'een goed wachtwoord' });
    expect(login.status).toBe(200);
  });

  it('refuse a researcher who grants a role above their own or access outside their organisations', async () => {
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const admin = await researcher.send('POST', '/api/users', { email: 'a@x.nl', name: 'A', role: 'admin', scope: {} });
    expect((await errorOf(admin)).field).toBe('role');
    const other = await createScan(db.sql, { name: 'Elders' });
    const outside = await researcher.send('POST', '/api/users', {
      email: 'b@x.nl',
      name: 'B',
      role: 'municipality',
      scope: { organisationIds: [other.organisationId] },
    });
    expect(outside.status).toBe(403);
    const badScope = await researcher.send('POST', '/api/users', {
      email: 'c@x.nl',
      name: 'C',
      role: 'municipality',
      scope: { organisationIds: [] },
    });
    expect((await errorOf(badScope)).field).toBe('scope.organisationIds');
  });

  it('let an admin reset a password, which ends the user’s sessions', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const reset = await admin.send('POST', `/api/users/${researcher.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect((await researcher.send('GET', '/api/session/me')).status).toBe(401);
  });

  it('change a password: wrong current password is named, other devices are logged out', async () => {
    const me = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const otherDevice = await post('/api/session/login', { email: me.email, password: me.password });
    const otherCookie = (otherDevice.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const wrong = await me.send('POST', '/api/session/password', {
      currentPassword: 'fout',
      newPassword: 'nieuw wachtwoord 1',
    });
    expect((await errorOf(wrong)).field).toBe('currentPassword');
    const ok = await me.send('POST', '/api/session/password', {
      currentPassword: me.password,
      newPassword: 'nieuw wachtwoord 1',
    });
    expect(ok.status).toBe(204);
    expect((await me.send('GET', '/api/session/me')).status).toBe(200);
    expect((await app.request('/api/session/me', { headers: { cookie: otherCookie } })).status).toBe(401);
  });

  it('log out everywhere', async () => {
    const me = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const second = await post('/api/session/login', { email: me.email, password: me.password });
    const secondCookie = (second.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await me.send('POST', '/api/session/logout-everywhere')).status).toBe(204);
    expect((await app.request('/api/session/me', { headers: { cookie: secondCookie } })).status).toBe(401);
  });

  it('throttle logins after five failures per email, across the database, until the window ends', async () => {
    const me = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    for (let i = 0; i < 5; i++)
      expect((await post('/api/session/login', { email: me.email, password: 'fout' })).status).toBe(401);
    const locked = await post('/api/session/login', { email: me.email, password: me.password });
    expect(locked.status).toBe(429);
    clock.set('2026-11-23T11:16:00Z');
    expect((await post('/api/session/login', { email: me.email, password: me.password })).status).toBe(200);
    clock.set('2026-11-23T11:00:00Z');
  });

  it('give a new session token at login, so a planted cookie is never promoted', async () => {
    const me = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const planted = 'driehoek_session=planted-token-value-1234567890';
    const res = await app.request('/api/session/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1', cookie: planted },
      body: JSON.stringify({ email: me.email, password: me.password }),
    });
    expect(res.headers.get('set-cookie')).not.toContain('planted-token-value');
    expect((await app.request('/api/session/me', { headers: { cookie: planted } })).status).toBe(401);
  });

  it('keep passwords and respondent content out of the audit log', async () => {
    const rows = await db.sql<{ details: unknown }[]>`select details from audit_log`;
    const text = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(3);
    expect(text).not.toMatch(/wachtwoord|password/i);
  });
});
