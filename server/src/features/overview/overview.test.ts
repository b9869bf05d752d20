import { type Overview, OverviewSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { JobRunner } from '../../platform/jobs';
import { silentLogger } from '../../platform/logger';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { createScan } from '../../test-support/fixtures';
import { bodyOf } from '../../test-support/http';
import { plansTestApp, sender } from '../../test-support/plans-app';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';
import { OVERVIEW_ROW_REVISION } from './location-scores';
import { findStaleLocations, overviewJobs, refreshStaleRows } from './refresh-rows';

let db: Database;
const clock = testClock();
let app: ReturnType<typeof testApp>;
let routes: ReturnType<typeof plansTestApp>;
const ids = { organisationId: '', ikcA: '', ikcB: '', steady: '', growing: '', small: '', fresh: '' };
const rounds = { steady: '', growingBefore: '', growing: '', small: '', fresh: '' };

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
  rounds.steady = (await round(ids.steady, '2026-10-01', STRONG)).roundId;
  rounds.growingBefore = (await round(ids.growing, '2026-10-01', WEAK, COUNTS, 2)).roundId;
  rounds.growing = (await round(ids.growing, '2027-10-01', STRONG, COUNTS, 3)).roundId;
  // Three parents and three professionals: no perspective reaches the minimum group size of five.
  rounds.small = (await round(ids.small, '2026-10-01', WEAK, { parents: 3, professionals: 3, children: 0 }, 4)).roundId;
  // The overview shows what the researcher published, so the closed rounds are published.
  const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: ids.organisationId });
  for (const id of [rounds.steady, rounds.growingBefore, rounds.growing, rounds.small]) {
    const published = await researcher.send('POST', `/api/reports/${id}/publish`);
    if (published.status !== 200) throw new Error(`publish: ${await published.text()}`);
  }
  // An open round is not report-worthy yet.
  rounds.fresh = (
    await insertSyntheticRound(sql, catalog, {
      locationId: ids.fresh,
      kind: 'baseline',
      status: 'open',
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      counts: COUNTS,
      targets: WEAK,
      seed: 5,
    })
  ).roundId;
}, 60_000);
afterAll(() => db?.close());

/** The locations a page carries inline (a small organisation's page carries them all). */
function locs(ikc: Overview['ikcs'][number] | undefined) {
  if (!ikc?.locations) throw new Error(`the page carries no locations of ${ikc?.name}`);
  return ikc.locations;
}

const as = async (role: 'municipality' | 'ikc' | 'researcher', scope: Record<string, string>) =>
  sender(routes, await staffAgent(app, db.sql, role, scope));

describe('the municipality overview', () => {
  it('shows every IKC and location × ten criteria of the latest published report, saying which round', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const res = await send('GET', `/api/overview/${ids.organisationId}`);
    expect(res.status).toBe(200);
    const overview = await bodyOf(res, OverviewSchema);
    expect(overview.criteria.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']);
    expect(overview.ikcs.map((i) => [i.name, locs(i).map((l) => l.name)])).toEqual([
      ['IKC Anker', ['Anker Oost', 'Anker West']],
      ['IKC Boog', ['Boog Klein', 'Boog Nieuw']],
    ]);
    const [oost, west] = locs(overview.ikcs[0]) ?? [];
    expect(oost?.round).toMatchObject({ kind: 'baseline', status: 'reported', opensOn: '2026-10-01' });
    expect(oost?.pending).toBeNull();
    expect(west?.round).toMatchObject({ kind: 'follow_up', opensOn: '2027-10-01' });
    expect(oost?.cells).toHaveLength(10);
    expect(oost?.cells.every((c) => c.level !== null && c.label === `${c.level}.0`)).toBe(true);
  });

  it('shows baseline → follow-up movement per criterion with a readable label', async () => {
    const send = await as('researcher', { organisationId: ids.organisationId });
    const overview = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    const west = locs(overview.ikcs[0])[1];
    expect(west?.baseline?.opensOn).toBe('2026-10-01');
    const c7 = west?.cells.find((c) => c.criterion === 'C7');
    expect(c7?.movement).toMatchObject({ before: 1, levelChange: expect.any(Number) });
    expect(c7?.movement?.label).toMatch(/^1\.0 → [23]\.0 \(omhoog\)$/);
    expect(locs(overview.ikcs[0])[0]?.cells).toHaveLength(10);
    expect(locs(overview.ikcs[0])[0]?.cells.every((c) => c.movement === null)).toBe(true);
  });

  it('respects suppression: a location whose groups are too small shows "geen gegevens", an open round none', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const overview = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    const [small, fresh] = locs(overview.ikcs[1]) ?? [];
    expect(small?.round?.opensOn).toBe('2026-10-01');
    expect(small?.cells).toHaveLength(10);
    expect(small?.cells.every((c) => c.level === null && c.label === 'geen gegevens')).toBe(true);
    expect(fresh?.round).toBeNull();
    expect(fresh?.cells).toHaveLength(10);
    expect(fresh?.cells.every((c) => c.label === 'geen gegevens')).toBe(true);
  });

  it('keeps showing what was published when answers change, and the new figures only after a new publication', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const before = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(locs(before.ikcs[1])[0]?.cells).toHaveLength(10);
    expect(locs(before.ikcs[1])[0]?.cells.every((c) => c.level === null)).toBe(true);
    const [round] = await db.sql<{ id: string; linkId: string }[]>`
      select r.id, l.id as "linkId" from rounds r join links l on l.round_id = r.id and l.audience = 'parents'
       where r.id = ${rounds.small}`;
    if (!round) throw new Error('small location has a round');
    for (let i = 0; i < 6; i++)
      await db.sql`insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale,
                                          answers, status, received_on)
                   select gen_random_uuid(), ${round.linkId}, ${round.id}, 'parents', instrument_key, instrument_version,
                          'nl', answers, 'complete', '2026-10-02'
                     from responses where round_id = ${round.id} and audience = 'parents' limit 1`;
    const unchanged = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(unchanged).toEqual(before);
    const researcher = await as('researcher', { organisationId: ids.organisationId });
    expect((await researcher('POST', `/api/reports/${rounds.small}/publish`)).status).toBe(200);
    const after = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(locs(after.ikcs[1])[0]?.cells.some((c) => c.level !== null)).toBe(true);
    expect(after.ikcs[0]).toEqual(before.ikcs[0]);
  });

  it('shows the researcher’s level where they set one, marked as theirs', async () => {
    const researcher = await as('researcher', { organisationId: ids.organisationId });
    const judged = await researcher('PUT', `/api/reports/${rounds.steady}/criteria/C2`, {
      interpretation: 'Ouders denken mee in de ouderraad en daarbuiten.',
      adjustedLevel: 3,
      reason: 'De bezoeken en de open antwoorden laten meer samenwerking zien dan de vragen meten.',
    });
    expect(judged.status).toBe(200);
    const send = await as('municipality', { organisationId: ids.organisationId });
    const before = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(locs(before.ikcs[0])[0]?.cells.find((c) => c.criterion === 'C2')?.adjusted).toBe(false);
    expect((await researcher('POST', `/api/reports/${rounds.steady}/publish`)).status).toBe(200);
    const after = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(locs(after.ikcs[0])[0]?.cells.find((c) => c.criterion === 'C2')).toMatchObject({
      level: 3,
      label: '3.0',
      adjusted: true,
    });
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
    expect(levels?.getRow(5).getCell(3).value).toBe('nog geen gepubliceerd rapport');
    expect(levels?.getRow(5).getCell(4).value).toBe('geen gegevens');
    expect(String(workbook.getWorksheet('beweging')?.getRow(3).getCell(10).value)).toMatch(/^1\.0 → /);
  });

  it('reads the rows stored when a report is published, in every process, and says when a newer round is not published yet', async () => {
    const stored = await db.sql<{ locationId: string; current: boolean; revision: number }[]>`
      select s.location_id as "locationId", s.revision,
             s.publication_id = (select p.id from report_publications p join rounds r on r.id = p.round_id
                                  where r.location_id = s.location_id and p.retracted_at is null
                                  order by r.opens_on desc, p.version desc limit 1) as current
        from location_scores s order by s.location_id`;
    expect(stored.map((r) => r.locationId)).toEqual([ids.steady, ids.growing, ids.small].sort());
    expect(stored.every((r) => r.current && r.revision === OVERVIEW_ROW_REVISION)).toBe(true);

    // Another process (a second app on the same database) shows the stored row as it is: it scores nothing.
    const [steady] = await db.sql<{ scored: { cells: { label: string }[] } }[]>`
      select scored from location_scores where location_id = ${ids.steady}`;
    const marked = { ...steady?.scored, cells: steady?.scored.cells.map((c) => ({ ...c, label: 'opgeslagen' })) };
    await db.sql`update location_scores set scored = ${db.sql.json(marked as never)} where location_id = ${ids.steady}`;
    const other = sender(
      plansTestApp(db, clock),
      await staffAgent(app, db.sql, 'municipality', { organisationId: ids.organisationId }),
    );
    const seen = await bodyOf(await other('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    expect(locs(seen.ikcs[0])[0]?.cells).toHaveLength(10);
    expect(locs(seen.ikcs[0])[0]?.cells.every((c) => c.label === 'opgeslagen')).toBe(true);

    // Closing the fresh location's round publishes nothing: the overview says so, with no figures.
    const researcher = await as('researcher', { organisationId: ids.organisationId });
    const closed = await researcher('POST', `/api/rounds/${rounds.fresh}/transition`, { to: 'closed' });
    expect(closed.status).toBe(200);
    const send = await as('municipality', { organisationId: ids.organisationId });
    const after = await bodyOf(await send('GET', `/api/overview/${ids.organisationId}`), OverviewSchema);
    const fresh = locs(after.ikcs[1])[1];
    expect(fresh?.round).toBeNull();
    expect(fresh?.pending).toMatchObject({ id: rounds.fresh });
    expect(fresh?.cells.every((c) => c.level === null)).toBe(true);
    const [row] = await db.sql`select 1 from location_scores where location_id = ${ids.fresh}`;
    expect(row).toBeUndefined();
  });
});

describe('the overview at scale: pages, filters, summaries and stored rows', () => {
  const url = (query: string) => `/api/overview/${ids.organisationId}?${query}`;

  it('pages and sorts the IKCs in SQL, with per criterion how many locations stand at each level', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const first = await bodyOf(await send('GET', url('pageSize=1')), OverviewSchema);
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1, locations: { matching: 4, total: 4 } });
    expect(first.ikcs.map((i) => i.name)).toEqual(['IKC Anker']);
    const anker = first.ikcs[0];
    expect(anker).toMatchObject({ locationCount: 2, locationTotal: 2, published: 2, pending: 0 });
    // Each criterion's counts add up to the IKC's locations.
    expect(anker?.levels).toHaveLength(10);
    expect(anker?.levels.every((l) => l[1] + l[2] + l[3] + l.none === 2)).toBe(true);
    const second = await bodyOf(await send('GET', url('pageSize=1&page=2')), OverviewSchema);
    expect(second.ikcs.map((i) => i.name)).toEqual(['IKC Boog']);
    expect(second.ikcs[0]?.levels.every((l) => l[1] + l[2] + l[3] + l.none === 2)).toBe(true);
    // Boog Nieuw has no published report: "geen gegevens" on every criterion.
    expect(second.ikcs[0]?.levels.every((l) => l.none >= 1)).toBe(true);
    expect(second.ikcs[0]).toMatchObject({ published: 1, pending: 1 });
    const past = await bodyOf(await send('GET', url('pageSize=1&page=3')), OverviewSchema);
    expect(past).toMatchObject({ ikcs: [], total: 2 });
    const desc = await bodyOf(await send('GET', url('sort=name&dir=desc')), OverviewSchema);
    expect(desc.ikcs.map((i) => i.name)).toEqual(['IKC Boog', 'IKC Anker']);
    // By the mean level on a criterion: the IKC without any level comes last in either direction.
    const byC1 = await bodyOf(await send('GET', url('sort=C1&dir=desc')), OverviewSchema);
    expect(byC1.ikcs.map((i) => i.name)).toEqual(['IKC Anker', 'IKC Boog']);
  });

  it('filters by IKC, by level on a criterion and by plan status, keeping only matching locations', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const all = await bodyOf(await send('GET', url('')), OverviewSchema);
    const oost = locs(all.ikcs[0])[0];
    const level = oost?.cells.find((c) => c.criterion === 'C1')?.level;
    expect(level).not.toBeNull();
    const atLevel = await bodyOf(await send('GET', url(`criterion=C1&level=${level}`)), OverviewSchema);
    expect(atLevel.ikcs.flatMap((i) => locs(i).map((l) => l.cells[0]?.level))).toEqual(
      atLevel.ikcs.flatMap((i) => locs(i).map(() => level)),
    );
    expect(atLevel.ikcs.flatMap((i) => locs(i).map((l) => l.name))).toContain('Anker Oost');
    const noData = all.ikcs.flatMap((i) =>
      locs(i)
        .filter((l) => l.cells[0]?.level === null)
        .map((l) => l.name),
    );
    expect(noData).toContain('Boog Nieuw');
    const none = await bodyOf(await send('GET', url('criterion=C1&level=none')), OverviewSchema);
    expect(none.ikcs.flatMap((i) => locs(i).map((l) => l.name))).toEqual(noData);
    const boog = none.ikcs.find((i) => i.name === 'IKC Boog');
    expect(boog).toMatchObject({ locationCount: noData.filter((n) => n.startsWith('Boog')).length, locationTotal: 2 });
    expect(boog?.levels[0]).toMatchObject({ 1: 0, 2: 0, 3: 0, none: boog?.locationCount });
    const byIkc = await bodyOf(await send('GET', url(`ikcId=${ids.ikcB}`)), OverviewSchema);
    expect(byIkc.ikcs.map((i) => i.name)).toEqual(['IKC Boog']);
    const named = await bodyOf(await send('GET', url('q=anker')), OverviewSchema);
    expect(named.ikcs.map((i) => i.name)).toEqual(['IKC Anker']);
    const noPlan = await bodyOf(await send('GET', url('plan=none')), OverviewSchema);
    expect(noPlan.locations.matching).toBe(4);
    const overdue = await bodyOf(await send('GET', url('plan=overdue')), OverviewSchema);
    expect(overdue).toMatchObject({ ikcs: [], total: 0, locations: { matching: 0, total: 4 } });
  });

  it('streams the filtered overview as a workbook that says its filter', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const res = await send('GET', `/api/overview/${ids.organisationId}/overview.xlsx?ikcId=${ids.ikcB}&plan=none`);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const levels = workbook.getWorksheet('niveaus');
    expect(levels?.rowCount).toBe(3);
    expect([levels?.getRow(2).getCell(2).value, levels?.getRow(3).getCell(2).value]).toEqual([
      'Boog Klein',
      'Boog Nieuw',
    ]);
    const notes = workbook.getWorksheet('toelichting');
    expect(String(notes?.getRow(2).getCell(1).value)).toBe('Alleen locaties met: één IKC; plan van aanpak: geen plan.');
  });

  it('names the field of a wrong filter (400)', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const res = await send('GET', url('level=2'));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('criterium');
    expect((await send('GET', url('pageSize=500'))).status).toBe(400);
    expect((await send('GET', url('sort=C11'))).status).toBe(400);
  });

  it('gives an IKC’s locations on demand, with the same filter; 404 for an IKC outside the organisation', async () => {
    const send = await as('municipality', { organisationId: ids.organisationId });
    const res = await send('GET', `/api/overview/${ids.organisationId}/ikcs/${ids.ikcA}/locations`);
    expect(res.status).toBe(200);
    const { locations } = (await res.json()) as { locations: Array<{ name: string; cells: unknown[] }> };
    expect(locations.map((l) => l.name)).toEqual(['Anker Oost', 'Anker West']);
    expect(locations[0]?.cells).toHaveLength(10);
    const filtered = await send(
      'GET',
      `/api/overview/${ids.organisationId}/ikcs/${ids.ikcB}/locations?criterion=C1&level=none`,
    );
    const kept = ((await filtered.json()) as { locations: Array<{ name: string }> }).locations;
    expect(kept.map((l) => l.name)).toContain('Boog Nieuw');
    const otherOrg = await insertOrganisation(db.sql, { name: 'Gemeente Elders', kind: 'municipality' });
    const elsewhere = await insertIkc(db.sql, { organisationId: otherOrg, name: 'IKC Elders' });
    expect((await send('GET', `/api/overview/${ids.organisationId}/ikcs/${elsewhere}/locations`)).status).toBe(404);
  });

  it('re-stores rows of an earlier revision in a background job, safely from two runners at once, showing progress', async () => {
    await db.sql`update location_scores set revision = ${OVERVIEW_ROW_REVISION - 1}`;
    const send = await as('municipality', { organisationId: ids.organisationId });
    const before = await bodyOf(await send('GET', url('')), OverviewSchema);
    expect(before.refresh).toEqual({ stale: 3, rows: 3 });
    // Until the job has run, the overview shows what the earlier revision stored (the marked row of the test above).
    expect(locs(before.ikcs[0])[0]?.cells.every((c) => c.label === 'opgeslagen')).toBe(true);
    const deps = { sql: db.sql, logger: silentLogger };
    const written = await Promise.all([refreshStaleRows(deps, { batch: 1 }), refreshStaleRows(deps, { batch: 2 })]);
    expect(written[0] + written[1]).toBeGreaterThanOrEqual(3);
    const after = await bodyOf(await send('GET', url('')), OverviewSchema);
    expect(after.refresh).toEqual({ stale: 0, rows: 3 });
    expect(locs(after.ikcs[0])[0]?.cells.some((c) => c.label === 'opgeslagen')).toBe(false);
    expect(await findStaleLocations(db.sql, 10)).toEqual([]);
    // Through the app's job runner too: a lost row (a failed hook) is found and written again.
    await db.sql`delete from location_scores where location_id = ${ids.growing}`;
    const runner = new JobRunner({ sql: db.sql, logger: silentLogger, intervalMs: 60_000 }).register(
      overviewJobs({ sql: db.sql, catalog: loadInstruments(), now: clock.now, logger: silentLogger }),
    );
    const ran = await runner.runOnce();
    expect(ran).toContainEqual({ name: 'overview.rows', ran: true });
    const [row] = await db.sql`select revision from location_scores where location_id = ${ids.growing}`;
    expect(row?.revision).toBe(OVERVIEW_ROW_REVISION);
  });
});
