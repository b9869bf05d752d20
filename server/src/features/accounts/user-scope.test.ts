import { type User, UserSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

// The probe's finding: researcher A reset the password of an IKC user whose locations lie in organisations A and
// B, logged in as them and read organisation B's report and plan.
let db: Database;
let app: ReturnType<typeof testApp>;
let orgA: Awaited<ReturnType<typeof createScan>>;
let orgB: Awaited<ReturnType<typeof createScan>>;
let spanning: Awaited<ReturnType<typeof staffAgent>>;
let insideA: Awaited<ReturnType<typeof staffAgent>>;
let researcherA: Awaited<ReturnType<typeof staffAgent>>;

const Users = z.object({ items: z.array(UserSchema) });

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  orgA = await createScan(db.sql, { name: 'A' });
  orgB = await createScan(db.sql, { name: 'B' });
  spanning = await staffAgent(app, db.sql, 'ikc', { locationId: orgA.locationId });
  await db.sql`insert into user_scopes (user_id, location_id) values (${spanning.id}, ${orgB.locationId})`;
  insideA = await staffAgent(app, db.sql, 'ikc', { ikcId: orgA.ikcId });
  researcherA = await staffAgent(app, db.sql, 'researcher', { organisationId: orgA.organisationId });
});
afterAll(() => db?.close());

async function listAs(agent: { send: typeof researcherA.send }): Promise<User[]> {
  const res = await agent.send('GET', '/api/users');
  expect(res.status).toBe(200);
  return Users.parse(await res.json()).items;
}

describe('a researcher managing users', () => {
  it('sees a user whose access spans organisations only with the part inside their own, marked for the admin', async () => {
    const listed = (await listAs(researcherA)).find((u) => u.id === spanning.id);
    expect(listed).toMatchObject({
      managedByAdmin: true,
      scope: { organisationIds: [], ikcIds: [], locationIds: [orgA.locationId] },
    });
    expect(JSON.stringify(await listAs(researcherA))).not.toContain(orgB.locationId);
    expect(JSON.stringify(await listAs(researcherA))).not.toContain(orgB.ikcId);
  });

  it('cannot reset, change, block or unblock that user, so cannot log in as them', async () => {
    const before = await db.sql`select count(*)::int as n from password_tokens where user_id = ${spanning.id}`;
    for (const [method, path, body] of [
      ['POST', `/api/users/${spanning.id}/reset-password`, undefined],
      ['POST', `/api/users/${spanning.id}/disable`, undefined],
      ['POST', `/api/users/${spanning.id}/enable`, undefined],
      ['PATCH', `/api/users/${spanning.id}`, { name: 'X', role: 'ikc', scope: { locationIds: [orgA.locationId] } }],
    ] as const) {
      const res = await researcherA.send(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect(await db.sql`select count(*)::int as n from password_tokens where user_id = ${spanning.id}`).toEqual(before);
    const [scope] = await db.sql<
      { n: number }[]
    >`select count(*)::int as n from user_scopes where user_id = ${spanning.id}`;
    expect(scope?.n).toBe(2);
    expect((await spanning.send('GET', '/api/session/me')).status).toBe(200);
  });

  it('still manages a user whose whole access lies inside their organisations', async () => {
    const listed = (await listAs(researcherA)).find((u) => u.id === insideA.id);
    expect(listed?.managedByAdmin).toBe(false);
    const reset = await researcherA.send('POST', `/api/users/${insideA.id}/reset-password`);
    expect(reset.status).toBe(200);
  });

  it('leaves the spanning user to an admin, who sees the whole scope and can reset it', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const listed = (await listAs(admin)).find((u) => u.id === spanning.id);
    expect(listed?.managedByAdmin).toBe(false);
    expect(listed?.scope.locationIds.sort()).toEqual([orgA.locationId, orgB.locationId].sort());
    expect((await admin.send('POST', `/api/users/${spanning.id}/reset-password`)).status).toBe(200);
  });

  it('does not see users with no access inside their organisations at all', async () => {
    const onlyB = await staffAgent(app, db.sql, 'municipality', { organisationId: orgB.organisationId });
    expect((await listAs(researcherA)).map((u) => u.id)).not.toContain(onlyB.id);
    expect((await researcherA.send('POST', `/api/users/${onlyB.id}/reset-password`)).status).toBe(404);
  });
});

describe('inviting an address that is taken', () => {
  it('answers the same whether the account lies in the researcher’s organisations or elsewhere', async () => {
    const elsewhere = await staffAgent(app, db.sql, 'municipality', { organisationId: orgB.organisationId });
    const invite = (email: string) =>
      researcherA.send('POST', '/api/users', { email, name: 'X', role: 'ikc', scope: { ikcIds: [orgA.ikcId] } });
    const own = await invite(insideA.email);
    const other = await invite(elsewhere.email);
    expect(own.status).toBe(409);
    expect({ status: other.status, body: await other.text() }).toEqual({ status: own.status, body: await own.text() });
  });
});

describe('blocking a user', () => {
  it('revokes their open invitation and reset links, so a link sent before the block sets no password', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const target = await staffAgent(app, db.sql, 'ikc', { ikcId: orgA.ikcId });
    const reset = await admin.send('POST', `/api/users/${target.id}/reset-password`);
    const { url } = (await reset.json()) as { url: string };
    expect((await admin.send('POST', `/api/users/${target.id}/disable`)).status).toBe(200);
    const [left] = await db.sql<
      { n: number }[]
    >`select count(*)::int as n from password_tokens where user_id = ${target.id}`;
    expect(left?.n).toBe(0);
    const set = await app.request('/api/session/password/set', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
      body: JSON.stringify({ token: url.split('#')[1], password: 'een nieuw wachtwoord' }),
    });
    expect(set.status).toBe(400);
    expect(set.headers.get('set-cookie') ?? '').not.toContain('driehoek_session=');
  });
});
