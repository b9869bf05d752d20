import { IkcSchema, LocationSchema, OrganisationSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../platform/db';
import { createScan, type ScanFixture } from '../../test-support/fixtures';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

type Agent = Awaited<ReturnType<typeof staffAgent>>;
const NamesSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

/** The ids a list endpoint shows with its default filter (archived ones left out). */
const listedIds = async (agent: Agent, path: string) =>
  (await bodyOf(await agent.send('GET', path), NamesSchema)).items.map((x) => x.id);

/** The audit entries written for one object, oldest first. */
const auditOf = (id: string) =>
  db.sql<{ action: string; userId: string | null }[]>`
    select action, user_id as "userId" from audit_log where target_id = ${id} order by id`;

async function researcherOf(scan: ScanFixture) {
  return staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
}

describe('restoring what was archived', () => {
  it('brings an organisation back into the lists, audited with who restored it', async () => {
    const scan = await createScan(db.sql, { name: 'Terug' });
    const researcher = await researcherOf(scan);
    await researcher.send('POST', `/api/organisations/${scan.organisationId}/archive`);
    expect(await listedIds(researcher, '/api/organisations')).not.toContain(scan.organisationId);
    expect(await listedIds(researcher, '/api/organisations?archived=only')).toEqual([scan.organisationId]);

    const res = await researcher.send('POST', `/api/organisations/${scan.organisationId}/restore`);
    expect(res.status).toBe(200);
    expect(await bodyOf(res, OrganisationSchema)).toMatchObject({ id: scan.organisationId, archived: false });
    expect(await listedIds(researcher, '/api/organisations')).toEqual([scan.organisationId]);
    expect(await auditOf(scan.organisationId)).toEqual([
      { action: 'organisation.archive', userId: researcher.id },
      { action: 'organisation.restore', userId: researcher.id },
    ]);
  });

  it('brings an IKC back, with its locations counted again', async () => {
    const scan = await createScan(db.sql, { name: 'IKC terug' });
    const researcher = await researcherOf(scan);
    const archived = await researcher.send('POST', `/api/ikcs/${scan.ikcId}/archive`);
    expect((await bodyOf(archived, IkcSchema)).archived).toBe(true);
    expect(await listedIds(researcher, '/api/ikcs')).toEqual([]);

    const res = await researcher.send('POST', `/api/ikcs/${scan.ikcId}/restore`);
    expect(res.status).toBe(200);
    expect(await bodyOf(res, IkcSchema)).toMatchObject({ id: scan.ikcId, archived: false, locationCount: 1 });
    expect(await listedIds(researcher, '/api/ikcs')).toEqual([scan.ikcId]);
    expect((await auditOf(scan.ikcId)).map((e) => [e.action, e.userId])).toEqual([
      ['ikc.archive', researcher.id],
      ['ikc.restore', researcher.id],
    ]);
  });

  it('brings a location back, but only once its IKC is no longer archived', async () => {
    const scan = await createScan(db.sql, { name: 'Locatie terug' });
    const researcher = await researcherOf(scan);
    await researcher.send('POST', `/api/locations/${scan.locationId}/archive`);
    await researcher.send('POST', `/api/ikcs/${scan.ikcId}/archive`);
    expect(await listedIds(researcher, `/api/locations?ikcId=${scan.ikcId}`)).toEqual([]);

    const refused = await researcher.send('POST', `/api/locations/${scan.locationId}/restore`);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).field).toBe('ikcId');
    expect(
      (await bodyOf(await researcher.send('GET', `/api/locations/${scan.locationId}`), LocationSchema)).archived,
    ).toBe(true);

    await researcher.send('POST', `/api/ikcs/${scan.ikcId}/restore`);
    const res = await researcher.send('POST', `/api/locations/${scan.locationId}/restore`);
    expect(res.status).toBe(200);
    expect(await bodyOf(res, LocationSchema)).toMatchObject({ id: scan.locationId, archived: false });
    expect(await listedIds(researcher, `/api/locations?ikcId=${scan.ikcId}`)).toEqual([scan.locationId]);
    expect((await auditOf(scan.locationId)).map((e) => e.action)).toEqual(['location.archive', 'location.restore']);
  });

  it('answers 404 to a researcher of another organisation, restores nothing and audits nothing', async () => {
    const scan = await createScan(db.sql, { name: 'Niet van u' });
    const owner = await researcherOf(scan);
    for (const path of [
      `/api/locations/${scan.locationId}/archive`,
      `/api/ikcs/${scan.ikcId}/archive`,
      `/api/organisations/${scan.organisationId}/archive`,
    ])
      expect((await owner.send('POST', path)).status, path).toBe(200);
    const outsider = await researcherOf(await createScan(db.sql, { name: 'Buren' }));

    for (const path of [
      `/api/organisations/${scan.organisationId}/restore`,
      `/api/ikcs/${scan.ikcId}/restore`,
      `/api/locations/${scan.locationId}/restore`,
    ])
      expect((await outsider.send('POST', path)).status, path).toBe(404);
    const archived = await db.sql<{ n: number }[]>`
      select (select count(*) from organisations where id = ${scan.organisationId} and archived_at is not null)
           + (select count(*) from ikcs where id = ${scan.ikcId} and archived_at is not null)
           + (select count(*) from locations where id = ${scan.locationId} and archived_at is not null) as n`;
    expect(Number(archived[0]?.n)).toBe(3);
    const [restores] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from audit_log
       where action like '%.restore' and target_id in (${scan.organisationId}, ${scan.ikcId}, ${scan.locationId})`;
    expect(restores?.n).toBe(0);
  });

  it('refuses IKC and municipality users with 403, even within their own scope', async () => {
    const scan = await createScan(db.sql, { name: 'Alleen lezen' });
    const owner = await researcherOf(scan);
    await owner.send('POST', `/api/ikcs/${scan.ikcId}/archive`);
    const ikcUser = await staffAgent(app, db.sql, 'ikc', { ikcId: scan.ikcId });
    const municipality = await staffAgent(app, db.sql, 'municipality', { organisationId: scan.organisationId });
    for (const agent of [ikcUser, municipality]) {
      expect((await agent.send('POST', `/api/ikcs/${scan.ikcId}/restore`)).status).toBe(403);
      expect((await agent.send('POST', `/api/organisations/${scan.organisationId}/restore`)).status).toBe(403);
      expect((await agent.send('POST', `/api/locations/${scan.locationId}/restore`)).status).toBe(403);
    }
    expect((await bodyOf(await owner.send('GET', `/api/ikcs/${scan.ikcId}`), IkcSchema)).archived).toBe(true);
  });
});
