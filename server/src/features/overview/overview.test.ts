import { OverviewSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { createScan } from '../../test-support/fixtures';
import { bodyOf } from '../../test-support/http';
import { plansTestApp, sender } from '../../test-support/plans-app';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

let db: Database;
const clock = testClock();
let app: ReturnType<typeof testApp>;
let routes: ReturnType<typeof plansTestApp>;
const ids = { organisationId: '', ikcA: '', ikcB: '', steady: '', growing: '', small: '', fresh: '' };

const WEAK = { C1: 1.4, C2: 1.3, C3: 2.0, C4: 1.5, C5: 1.4, C6: 2.0, C7: 1.1, C8: 1.5, C9: 2.0, C10: 2.2 };
const STRONG = { C1: 2.6, C2: 2.0, C3: 2.8, C4: 2.5, C5: 2.8, C6: 2.5, C7: 2.6, C8: 2.4, C9: 2.8, C10: 2.8 };
const COUNTS = { parents: 40, professionals: 10, children: 20 };

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  routes = plansTestApp(db, clock);
  const catalog = loadInstruments();
  const sql = db.sql;
  ids.organisationId = await insertOrganisation(sql, { name: 'Gemeente Overzicht', kind: 'municipality' });
  ids.ikcA = await insertIkc(sql, { organisationId: ids.organisationId, name: 'IKC Anker' });
  ids.ikcB = await insertIkc(sql, { organisationId: ids.organisationId, name: 'IKC Boog' });
  ids.steady = await insertLocation(sql, { ikcId: ids.ikcA, name: 'Anker Oost', families: 80 });
  ids.growing = await insertLocation(sql, { ikcId: ids.ikcA, name: 'Anker West', families: 80 });
  ids.small = await insertLocation(sql, { ikcId: ids.ikcB, name: 'Boog Klein', families: 20 });
  ids.fresh = await insertLocation(sql, { ikcId: ids.ikcB, name: 'Boog Nieuw', families: 60 });
  const round = (locationId: string, opensOn: string, targets: Record<string, number>, counts = COUNTS, seed = 1) =>
    insertSyntheticRound(sql, catalog, {
      locationId,
      kind: opensOn < '2027' ? 'baseline' : 'follow_up',
      status: 'closed',
      opensOn,
      closesOn: opensOn.replace(/-01$/, '-28'),
      counts,
      targets,
      seed,
    });
  await round(ids.steady, '2026-10-01', STRONG);
  await round(ids.growing, '2026-10-01', WEAK, COUNTS, 2);
  await round(ids.growing, '2027-10-01', STRONG, COUNTS, 3);
  // Three parents and three professionals: no perspective reaches the minimum group size of five.
  await round(ids.small, '2026-10-01', WEAK, { parents: 3, professionals: 3, children: 0 }, 4);
  // An open round is not report-worthy yet.
  await insertSyntheticRound(sql, catalog, {
    locationId: ids.fresh,
    kind: 'baseline',
    status: 'open',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    counts: COUNTS,
    targets: WEAK,
    seed: 5,
  });
}, 60_000);
afterAll(() => db?.close());

const as = async (role: 'municipality' | 'ikc' | 'researcher', scope: Record<string, string>) =>
  sender(routes, await staffAgent(app, db.sql, role, scope));

describe('the municipality overview', () => {
  it('shows every IKC and location × ten criteria for the latest closed round, saying which round', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const res = await send('GET', `/api/overview/${ids.organisationId}`);
    expect(res.status).toBe(200);
    const overview = await bodyOf(res, OverviewSchema);
    expect(overview.criteria.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']);
    expect(overview.ikcs.map((i) => [i.name, i.locations.map((l) => l.name)])).toEqual([
      ['IKC Anker', ['Anker Oost', 'Anker West']],
      ['IKC Boog', ['Boog Klein', 'Boog Nieuw']],
    ]);
    const [oost, west] = overview.ikcs[0]?.locations ?? [];
    expect(oost?.round).toMatchObject({ kind: 'baseline', status: 'closed', opensOn: '2026-10-01' });
    expect(west?.round).toMatchObject({ kind: 'follow_up', opensOn: '2027-10-01' });
    expect(oost?.cells).toHaveLength(10);
    expect(oost?.cells.every((c) => c.level !== null && c.label === `${c.level}.0`)).toBe(true);
  });

  it('shows baseline → follow-up movement per criterion with a readable label', async () => {
    const send = await as('researcher', { organisationId: ids.organisationId });
    const overview = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    const west = overview.ikcs[0]?.locations[1];
    expect(west?.baseline?.opensOn).toBe('2026-10-01');
    const c7 = west?.cells.find((c) => c.criterion === 'C7');
    expect(c7?.movement).toMatchObject({ before: 1, levelChange: expect.any(Number) });
    expect(c7?.movement?.label).toMatch(/^1\.0 → [23]\.0 \(omhoog\)$/);
    expect(overview.ikcs[0]?.locations[0]?.cells).toHaveLength(10);
    expect(overview.ikcs[0]?.locations[0]?.cells.every((c) => c.movement === null)).toBe(true);
  });

  it('respects suppression: a location whose groups are too small shows "geen gegevens", an open round none', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const overview = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    const [small, fresh] = overview.ikcs[1]?.locations ?? [];
    expect(small?.round?.opensOn).toBe('2026-10-01');
    expect(small?.cells).toHaveLength(10);
    expect(small?.cells.every((c) => c.level === null && c.label === 'geen gegevens')).toBe(true);
    expect(fresh?.round).toBeNull();
    expect(fresh?.cells).toHaveLength(10);
    expect(fresh?.cells.every((c) => c.label === 'geen gegevens')).toBe(true);
  });

  it('scores a location again once its closed round changes, and reuses the others', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const before = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(before.ikcs[1]?.locations[0]?.cells).toHaveLength(10);
    expect(before.ikcs[1]?.locations[0]?.cells.every((c) => c.level === null)).toBe(true);
    const [round] = await db.sql<{ id: string; linkId: string }[]>`
      select r.id, l.id as "linkId" from rounds r join links l on l.round_id = r.id and l.audience = 'parents'
       where r.location_id = ${ids.small}`;
    if (!round) throw new Error('small location has a round');
    const answers = (
      await db.sql<{ answers: Record<string, unknown> }[]>`
      select answers from responses where round_id = ${round.id} and audience = 'parents' limit 1`
    )[0]?.answers;
    for (let i = 0; i < 6; i++)
      await db.sql`insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale,
                                          answers, status, received_on)
                   select gen_random_uuid(), ${round.linkId}, ${round.id}, 'parents', instrument_key, instrument_version,
                          'nl', ${db.sql.json(answers as never)}, 'complete', '2026-10-02'
                     from responses where round_id = ${round.id} and audience = 'parents' limit 1`;
    const after = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(after.ikcs[1]?.locations[0]?.cells.some((c) => c.level !== null)).toBe(true);
    expect(after.ikcs[0]).toEqual(before.ikcs[0]);
  });

  it('refuses IKC users (403) and hides another organisation (404)', async () => {
    const ikc = await as('ikc', { ikcId: ids.ikcA });
    expect((await ikc('GET', `/api/overview/${ids.organisationId}`)).status).toBe(403);
    const elsewhere = await createScan(db.sql, { name: 'Andere gemeente' });
    const other = await as('municipality', { organisationId: elsewhere.organisationId });
    expect((await other('GET', `/api/overview/${ids.organisationId}`)).status).toBe(404);
    expect((await other('GET', `/api/overview/${ids.organisationId}/overview.xlsx`)).status).toBe(404);
  });

  it('exports the overview as a workbook with levels, movement and plans per IKC', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const res = await send('GET', `/api/overview/${ids.organisationId}/overview.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['niveaus', 'beweging', 'plannen per IKC', 'toelichting']);
    const levels = workbook.getWorksheet('niveaus');
    expect(levels?.getRow(1).getCell(4).value).toBe('C1 Gedeelde visie');
    expect(levels?.getRow(5).getCell(2).value).toBe('Boog Nieuw');
    expect(levels?.getRow(5).getCell(3).value).toBe('nog geen gesloten ronde');
    expect(levels?.getRow(5).getCell(4).value).toBe('geen gegevens');
    expect(String(workbook.getWorksheet('beweging')?.getRow(3).getCell(10).value)).toMatch(/^1\.0 → /);
  });

  it('reads the rows stored for every process, and stores a row when a round closes', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    await send('GET', `/api/overview/${ids.organisationId}`);
    const stored = await db.sql<{ locationId: string }[]>`
      select location_id as "locationId" from location_scores order by location_id`;
    expect(stored.map((r) => r.locationId)).toEqual([ids.steady, ids.growing, ids.small].sort());

    // Another process (a second app on the same database) shows the stored row as it is: it does not rescore.
    const [steady] = await db.sql<{ scored: { cells: { label: string }[] } }[]>`
      select scored from location_scores where location_id = ${ids.steady}`;
    const marked = { ...steady?.scored, cells: steady?.scored.cells.map((c) => ({ ...c, label: 'opgeslagen' })) };
    await db.sql`update location_scores set scored = ${db.sql.json(marked as never)} where location_id = ${ids.steady}`;
    const other = sender(
      plansTestApp(db, clock),
      await staffAgent(app, db.sql, 'municipality', { organisationId: ids.organisationId }),
    );
    const seen = await bodyOf(await other('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(seen.ikcs[0]?.locations[0]?.cells).toHaveLength(10);
    expect(seen.ikcs[0]?.locations[0]?.cells.every((c) => c.label === 'opgeslagen')).toBe(true);

    // Closing the fresh location's round stores its row at once, with the fingerprint the next view expects.
    const researcher = await as('researcher', { organisationId: ids.organisationId });
    const [round] = await db.sql<{ id: string }[]>`select id from rounds where location_id = ${ids.fresh}`;
    const closed = await researcher('POST', `/api/rounds/${round?.id}/transition`, { to: 'closed' });
    expect(closed.status).toBe(200);
    const [fresh] = await db.sql<{ fingerprint: string }[]>`
      select fingerprint from location_scores where location_id = ${ids.fresh}`;
    expect(fresh?.fingerprint).toContain(round?.id);
    await db.sql`update location_scores set scored = ${db.sql.json(marked as never)} where location_id = ${ids.fresh}`;
    const after = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(after.ikcs[1]?.locations[1]?.cells).toHaveLength(10);
    expect(after.ikcs[1]?.locations[1]?.cells.every((c) => c.label === 'opgeslagen')).toBe(true);
  });
});
