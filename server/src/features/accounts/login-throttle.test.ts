import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
const clock = testClock();
let app: ReturnType<typeof testApp>;
let organisationId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  organisationId = (await createScan(db.sql, { name: 'Inloggen' })).organisationId;
});
afterAll(() => db?.close());

/** A login as a browser at `address` holding `cookie` would send it (the socket address as Node gives it). */
const login = (body: { email: string; password: string }, opts: { cookie?: string; address?: string } = {}) =>
  app.request(
    '/api/session/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1', cookie: opts.cookie ?? '' },
      body: JSON.stringify(body),
    },
    opts.address ? { incoming: { socket: { remoteAddress: opts.address } } } : undefined,
  );

const deviceCookie = (res: Response) =>
  (res.headers.getSetCookie?.() ?? []).find((c) => c.startsWith('driehoek_device='))?.split(';')[0] ?? '';

describe('slowing a password guesser without locking out the owner', () => {
  it('keeps the owner’s own browser able to log in while a guesser has used up the account’s attempts', async () => {
    const owner = await staffAgent(app, db.sql, 'researcher', { organisationId });
    const first = await login({ email: owner.email, password: owner.password }, { address: '10.0.0.1' });
    expect(first.status).toBe(200);
    const device = deviceCookie(first);
    expect(device).toMatch(/^driehoek_device=.{20,}/);
    expect(first.headers.getSetCookie().find((c) => c.startsWith('driehoek_device'))).toMatch(/HttpOnly/i);

    for (let i = 0; i < 5; i++)
      expect((await login({ email: owner.email, password: `gok ${i}` }, { address: `10.0.1.${i}` })).status).toBe(401);
    // The guesser, even with the right password, now waits; the owner's browser does not.
    expect((await login({ email: owner.email, password: owner.password }, { address: '10.0.1.9' })).status).toBe(429);
    const again = await login(
      { email: owner.email, password: owner.password },
      { cookie: device, address: '10.0.0.1' },
    );
    expect(again.status).toBe(200);
  });

  it('counts a trusted browser’s own failures apart, and stops it too after ten', async () => {
    const owner = await staffAgent(app, db.sql, 'researcher', { organisationId });
    const device = deviceCookie(await login({ email: owner.email, password: owner.password }));
    for (let i = 0; i < 10; i++)
      expect((await login({ email: owner.email, password: 'fout' }, { cookie: device })).status).toBe(401);
    expect((await login({ email: owner.email, password: owner.password }, { cookie: device })).status).toBe(429);
    // A device cookie of another account counts for nothing here.
    const other = await staffAgent(app, db.sql, 'researcher', { organisationId });
    expect((await login({ email: other.email, password: other.password }, { cookie: device })).status).toBe(200);
  });

  it('stops one client address after twenty failures over any accounts, and only that address', async () => {
    const victim = await staffAgent(app, db.sql, 'researcher', { organisationId });
    for (let i = 0; i < 20; i++) {
      const res = await login({ email: `niemand-${i}@example.nl`, password: 'fout' }, { address: '192.0.2.7' });
      expect(res.status).toBe(401);
    }
    expect((await login({ email: victim.email, password: victim.password }, { address: '192.0.2.7' })).status).toBe(
      429,
    );
    expect((await login({ email: victim.email, password: victim.password }, { address: '192.0.2.8' })).status).toBe(
      200,
    );
  });

  it('lets the address and the account try again when the window has passed', async () => {
    const owner = await staffAgent(app, db.sql, 'researcher', { organisationId });
    for (let i = 0; i < 5; i++) await login({ email: owner.email, password: 'fout' });
    expect((await login({ email: owner.email, password: owner.password })).status).toBe(429);
    clock.set('2026-11-23T11:16:00Z');
    expect((await login({ email: owner.email, password: owner.password })).status).toBe(200);
    clock.set('2026-11-23T11:00:00Z');
  });

  it('answers an unknown, an invited and a blocked account exactly like a wrong password', async () => {
    const known = await staffAgent(app, db.sql, 'researcher', { organisationId });
    await db.sql`insert into users (email, name, role) values ('uitgenodigd@example.nl', 'U', 'ikc')`;
    const blocked = await staffAgent(app, db.sql, 'researcher', { organisationId });
    await db.sql`update users set disabled_at = now() where id = ${blocked.id}`;
    const answers = await Promise.all(
      [
        { email: known.email, password: 'fout' },
        { email: 'onbekend@example.nl', password: 'fout' },
        { email: 'uitgenodigd@example.nl', password: 'fout' },
        { email: blocked.email, password: blocked.password },
      ].map(async (body) => {
        const res = await login(body, { address: '198.51.100.1' });
        return { status: res.status, body: await res.json() };
      }),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]?.status).toBe(401);
  });
});

describe('changing a password', () => {
  it('stops guessing the current password after five wrong ones, even with the right one', async () => {
    const me = await staffAgent(app, db.sql, 'researcher', { organisationId });
    for (let i = 0; i < 5; i++) {
      const res = await me.send('POST', '/api/session/password', {
        currentPassword: `gok ${i}`,
        newPassword: 'nieuw wachtwoord 12',
      });
      expect(res.status).toBe(400);
    }
    const right = await me.send('POST', '/api/session/password', {
      currentPassword: me.password,
      newPassword: 'nieuw wachtwoord 12',
    });
    expect(right.status).toBe(429);
  });
});
