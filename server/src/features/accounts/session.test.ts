import { MeSchema, MonitorSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan, createStaffUser, firstChoiceAnswer, STAFF } from '../../test-support/fixtures';
import { errorOf } from '../../test-support/http';
import { openTestDatabase, testApp } from '../../test-support/test-database';
import { hashPassword, verifyPassword } from './password';

let db: Database;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  // An admin: the monitor below lists every round, whatever the scope.
  await createStaffUser(db.sql, 'admin');
});
afterAll(() => db?.close());

const csrf = { 'x-driehoek-csrf': '1', 'content-type': 'application/json' };
const login = (body: unknown, headers: Record<string, string> = csrf) =>
  app.request('/api/session/login', { method: 'POST', headers, body: JSON.stringify(body) });
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('staff sessions', () => {
  it('hashes passwords with scrypt and verifies them', async () => {
    const hash = await hashPassword('geheim wachtwoord');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('geheim wachtwoord', hash)).toBe(true);
    expect(await verifyPassword('ander wachtwoord', hash)).toBe(false);
  });

  it('logs in with the right password and sets an httpOnly SameSite cookie', async () => {
    const res = await login({ email: STAFF.email.toUpperCase(), password: STAFF.password });
    expect(res.status).toBe(200);
    expect(MeSchema.parse(await res.json()).email).toBe(STAFF.email);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await app.request('/api/session/me', { headers: { cookie: cookieOf(res) } });
    expect(me.status).toBe(200);
  });

  it('refuses a wrong password or unknown email with the same message', async () => {
    const wrong = await login({ email: STAFF.email, password: 'fout' });
    const unknown = await login({ email: 'niemand@example.nl', password: 'fout' });
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).message).toBe((await errorOf(unknown)).message);
  });

  it('names the field of a malformed login', async () => {
    const res = await login({ email: 'geen-adres', password: 'x' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).field).toBe('email');
  });

  it('refuses a login or logout without the CSRF header', async () => {
    const res = await login({ email: STAFF.email, password: STAFF.password }, { 'content-type': 'application/json' });
    expect(res.status).toBe(403);
    const ok = await login({ email: STAFF.email, password: STAFF.password });
    const logout = await app.request('/api/session/logout', { method: 'POST', headers: { cookie: cookieOf(ok) } });
    expect(logout.status).toBe(403);
  });

  it('ends the session on logout', async () => {
    const ok = await login({ email: STAFF.email, password: STAFF.password });
    const cookie = cookieOf(ok);
    const out = await app.request('/api/session/logout', { method: 'POST', headers: { cookie, ...csrf } });
    expect(out.status).toBe(204);
    expect((await app.request('/api/session/me', { headers: { cookie } })).status).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const ok = await login({ email: STAFF.email, password: STAFF.password });
    const token = cookieOf(ok).split('=')[1] ?? '';
    const rows = await db.sql`select id from sessions where id = ${token}`;
    expect(token.length).toBeGreaterThan(20);
    expect(rows.length).toBe(0);
  });
});

describe('the response monitor', () => {
  it('needs a login', async () => {
    expect((await app.request('/api/monitor')).status).toBe(401);
  });

  it('counts partial and complete responses per link', async () => {
    const scan = await createScan(db.sql, { name: 'Monitor' });
    const linkId = scan.links.parents ?? '';
    const q = firstChoiceAnswer();
    const save = (id: string, complete: boolean) =>
      app.request(`/api/responses/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ linkId, locale: 'nl', answers: { [q.name]: q.value }, complete }),
      });
    await save(crypto.randomUUID(), true);
    await save(crypto.randomUUID(), true);
    await save(crypto.randomUUID(), false);
    const ok = await login({ email: STAFF.email, password: STAFF.password });
    const res = await app.request('/api/monitor', { headers: { cookie: cookieOf(ok) } });
    const monitor = MonitorSchema.parse(await res.json());
    const row = monitor.rows.find((r) => r.linkId === linkId);
    expect(row).toMatchObject({ location: 'Locatie Monitor', audience: 'parents', partial: 1, complete: 2 });
  });
});

describe('the session cookie behind TLS', () => {
  it('is marked Secure when the public URL is https, even if the request arrived over http', async () => {
    const tls = testApp(db, undefined, { publicUrl: 'https://scan.example.nl' });
    const res = await tls.request('/api/session/login', {
      method: 'POST',
      headers: csrf,
      body: JSON.stringify({ email: STAFF.email, password: STAFF.password }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
    expect((await login({ email: STAFF.email, password: STAFF.password })).headers.get('set-cookie')).not.toMatch(
      /Secure/,
    );
  });
});
