import { IkcReportViewSchema, ReportViewSchema, RetentionScheduleSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { dutchDate } from '../../platform/dates';
import type { Database } from '../../platform/db';
import { JobRunner } from '../../platform/jobs';
import { silentLogger } from '../../platform/logger';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { errorOf } from '../../test-support/http';
import { buildLifecycleWorld, type LifecycleWorld, RAW_MARK, rowsMentioning } from '../../test-support/lifecycle-world';
import { openTestDatabase, testClock } from '../../test-support/test-database';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';
import { retentionSchedule } from './retention';

// Issue 22.1: per organisation a retention period after publication; then raw answers, open answers and visit details
// go, by a job that is safe with several processes and catches up after downtime, while the published reports, the
// overview and the IKC report stay and say the raw data is gone.
const catalog = loadInstruments();
let db: Database;
// Publications are stamped by the database's clock: the app's clock starts at the real time, so both agree.
const clock = testClock(new Date().toISOString());
let a: { app: ReturnType<typeof createApp>; jobs: JobRunner };
let b: { app: ReturnType<typeof createApp>; jobs: JobRunner };
let w: LifecycleWorld;
let unpublishedRound = '';
let elsewhereRound = '';

/** A server process: its own app and job runner on the shared database and clock. */
function serverProcess() {
  const jobs = new JobRunner({ sql: db.sql, logger: silentLogger, intervalMs: 60_000 });
  return { app: createApp({ sql: db.sql, catalog, now: clock.now, logger: silentLogger, jobs }), jobs };
}

beforeAll(async () => {
  db = await openTestDatabase();
  a = serverProcess();
  b = serverProcess();
  w = await buildLifecycleWorld(a.app, db.sql, catalog, 'Bewaar');
  // Closed but never published: kept whatever the period.
  unpublishedRound = (
    await insertSyntheticRound(db.sql, catalog, {
      locationId: w.otherLocationId,
      kind: 'follow_up',
      status: 'closed',
      opensOn: '2026-11-01',
      closesOn: '2026-11-20',
      counts: { parents: 6 },
      targets: {},
      seed: 31,
    })
  ).roundId;
  // Another organisation, published, without a period.
  const org = await insertOrganisation(db.sql, { name: 'Gemeente Zonder Termijn', kind: 'municipality' });
  const ikc = await insertIkc(db.sql, { organisationId: org, name: 'IKC Zonder Termijn' });
  const loc = await insertLocation(db.sql, { ikcId: ikc, name: 'Locatie Zonder Termijn' });
  elsewhereRound = (
    await insertSyntheticRound(db.sql, catalog, {
      locationId: loc,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2026-09-01',
      closesOn: '2026-09-30',
      counts: { parents: 8 },
      targets: {},
      seed: 32,
    })
  ).roundId;
  expect((await w.admin.send('POST', `/api/reports/${elsewhereRound}/publish`)).status).toBe(200);
}, 120_000);
afterAll(() => db?.close());

const schedule = async (query = '') => {
  const res = await w.admin.send('GET', `/api/lifecycle/organisations/${w.organisationId}/retention${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return RetentionScheduleSchema.parse(await res.json());
};
const setDays = async (days: number | null) => {
  const res = await w.admin.send('PUT', `/api/lifecycle/organisations/${w.organisationId}/retention`, { days });
  expect(res.status, await res.clone().text()).toBe(200);
  return RetentionScheduleSchema.parse(await res.json());
};
const stateOf = (s: Awaited<ReturnType<typeof schedule>>, roundId: string) =>
  s.rounds.find((r) => r.roundId === roundId);
const count = async (table: string, roundIds: string[]) =>
  (
    await db.sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table} where round_id = any($1::uuid[])`, [
      roundIds,
    ])
  )[0]?.n;
const runBoth = () => Promise.all([a.jobs.runOnce(), b.jobs.runOnce()]);

describe('the retention period', () => {
  it('shows the admin what will be deleted when, and previews another period before it is saved', async () => {
    const none = await schedule();
    expect(none.days).toBeNull();
    expect(stateOf(none, w.baselineId)).toMatchObject({
      state: 'no-period',
      holds: { responses: 13, visits: 2, codes: 1 },
    });
    const today = dutchDate(clock.now());
    const preview = await schedule('?days=30');
    expect(preview.days).toBeNull();
    const base = stateOf(preview, w.baselineId);
    expect(base).toMatchObject({ state: 'scheduled', firstPublishedOn: today });
    expect(base?.dueOn).toBe(new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10));
    expect(stateOf(preview, unpublishedRound)?.state).toBe('unpublished');
    expect((await w.researcher.send('GET', `/api/lifecycle/organisations/${w.organisationId}/retention`)).status).toBe(
      403,
    );
    expect(
      (await w.admin.send('PUT', `/api/lifecycle/organisations/${w.organisationId}/retention`, { days: -1 })).status,
    ).toBe(400);
  });

  it('deletes nothing before the period has passed, and catches up when it has (after downtime too)', async () => {
    await setDays(30);
    await runBoth();
    expect(await count('responses', [w.baselineId])).toBe(13);
    // Six weeks later (a process down all along would find the same): due, and the next run deletes it.
    const later = new Date(clock.now().getTime() + 45 * 86_400_000);
    const org = { id: w.organisationId, name: 'Gemeente Bewaar', days: 30 };
    const deps = { sql: db.sql, catalog, now: () => later, logger: silentLogger };
    expect(stateOf(await retentionSchedule(deps, org, 30), w.baselineId)?.state).toBe('due');
    await setDays(null);
  });

  it('after a retention of zero days raw answers are gone from every table and export while the published report still opens', async () => {
    const rounds = [w.baselineId, w.followUpId, w.otherRoundId];
    expect(Object.keys(await rowsMentioning(db.sql, [RAW_MARK]))).toEqual(['responses', 'visit_settlements', 'visits']);
    await setDays(0);
    expect(stateOf(await schedule(), w.followUpId)?.state).toBe('due');
    await runBoth();
    await runBoth();

    // No copy of what respondents or the mystery guest wrote, in any table.
    expect(await rowsMentioning(db.sql, [RAW_MARK])).toEqual({});
    for (const table of ['responses', 'visits', 'visit_settlements', 'access_codes'])
      expect(await count(table, rounds), table).toBe(0);
    const [left] = await db.sql<
      { reviews: number; exclusions: number; bursts: number; traffic: number; attempts: number }[]
    >`
      select (select count(*) from open_answer_reviews)::int as reviews,
             (select count(*) from response_exclusions)::int as exclusions,
             (select count(*) from response_bursts)::int as bursts,
             (select count(*) from link_traffic t join links l on l.id = t.link_id
               where l.round_id = any(${rounds}::uuid[]))::int as traffic,
             (select count(*) from failed_attempts f join links l on f.key = 'codes:' || l.id
               where l.round_id = any(${rounds}::uuid[]))::int as attempts`;
    expect(left).toEqual({ reviews: 0, exclusions: 0, bursts: 0, traffic: 0, attempts: 0 });
    for (const file of ['responses.csv', 'visits.csv']) {
      const res = await w.researcher.send('GET', `/api/exports/${w.baselineId}/${file}`);
      expect(res.status, file).toBe(200);
      const rows = (await res.text()).split(/\r?\n/).filter((l) => l.trim() !== '');
      expect(rows.length, file).toBeLessThanOrEqual(1);
    }

    // What was published stays, for its readers and for the researcher, and says the raw data is gone.
    const today = dutchDate(clock.now());
    for (const agent of [w.team, w.researcher]) {
      const res = await agent.send('GET', `/api/reports/${w.followUpId}`);
      const view = ReportViewSchema.parse(await res.json());
      expect(view.state).toBe('published');
      if (view.state !== 'published') continue;
      expect(view.rawDataDeletedOn).toBe(today);
      const parents = view.report.respondents.byPerspective.find((p) => p.perspective === 'parents');
      expect(parents && !parents.suppressed && parents.complete).toBe(11);
      expect(view.comparison?.baseline.id).toBe(w.baselineId);
    }
    const html = await (await w.team.send('GET', `/api/reports/${w.followUpId}/html`)).text();
    expect(html).toContain('De ruwe gegevens van deze ronde');
    expect(html).toContain('verwijderd, na afloop van de bewaartermijn');
    expect(html).toMatch(/class="level level-[123]"/);
    const again = await w.researcher.send('POST', `/api/reports/${w.followUpId}/publish`);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toContain('ruwe gegevens');
    const exclude = await w.researcher.send('GET', `/api/exclusions/${w.followUpId}`);
    expect(((await exclude.json()) as { rawDataDeletedOn: string }).rawDataDeletedOn).toBe(today);

    // The overview, the IKC report, the meeting and the plan read publications: they still open.
    const overview = await (await w.researcher.send('GET', `/api/overview/${w.organisationId}`)).text();
    expect(overview).toContain(`Locatie Bewaar`);
    expect(overview, 'the overview says the raw data is gone').toContain(`"rawDataDeletedOn":"${today}"`);
    const levels = await db.sql<{ n: number }[]>`
      select count(*)::int as n from location_scores where location_id = ${w.locationId}`;
    expect(levels[0]?.n).toBe(1);
    const ikc = IkcReportViewSchema.parse(await (await w.team.send('GET', `/api/ikc-reports/${w.ikcId}`)).json());
    expect(ikc.state).toBe('published');
    expect(ikc.state === 'published' ? ikc.rawDataGone : []).toContainEqual({
      location: 'Locatie Bewaar',
      deletedOn: today,
    });
    const ikcHtml = await (await w.team.send('GET', `/api/ikc-reports/${w.ikcId}/html`)).text();
    expect(ikcHtml).toContain('Locatie Bewaar: de ruwe antwoorden zijn op');
    expect((await w.team.send('GET', `/api/meetings/${w.followUpId}`)).status).toBe(200);
    expect((await w.team.send('GET', `/api/plans/by-round/${w.followUpId}`)).status).toBe(200);

    // Once per round, by the job (no user), and only the published rounds of this organisation.
    const audit = await db.sql<{ target: string; user: string | null }[]>`
      select target_id as target, user_id as "user" from audit_log where action = 'data.retention' order by target_id`;
    expect(audit.map((e) => e.target).sort()).toEqual([...rounds].sort());
    expect(audit.every((e) => e.user === null)).toBe(true);
    expect(await count('responses', [unpublishedRound])).toBe(6);
    expect(await count('responses', [elsewhereRound])).toBe(8);
    const after = await schedule();
    expect(stateOf(after, w.baselineId)).toMatchObject({ state: 'deleted', deletedOn: today, holds: { responses: 0 } });
    expect(stateOf(after, unpublishedRound)?.state).toBe('unpublished');
  });
});
