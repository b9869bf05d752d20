import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { silentLogger } from '../../platform/logger';
import { generateScaleData, type ScaleData } from '../../seed/scale-data';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

/**
 * The plans PostgreSQL chooses for what the overview, a report and an export actually send, at a generated size: 400
 * locations in 40 IKCs, 12,000 responses, 400 publications and stored rows. Every query an endpoint sends is
 * captured (the client's `debug` hook) and explained with its own parameters.
 *
 * Why this size and no `enable_seqscan = off`: with 400 rounds one round's responses are 1/400 of the table, and
 * the planner picks `responses_round` on its own when that index is usable for the filter; a sequential scan here
 * means the query cannot use it (a function around `round_id`, a filter on another column). Forcing the planner
 * would hide that. The overview is held to more than a plan: it sends no query that names `responses` or
 * `report_publications` at all, since it only reads stored rows (decision 0007). The speed at national scale is
 * measured by `pnpm bench` (scale), not here.
 */
let db: Database;
let data: ScaleData;
const clock = testClock('2027-01-15T11:00:00Z');
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  const [admin] = await db.sql<{ id: string; email: string; name: string; role: 'admin' }[]>`
    insert into users (email, name, role) values ('plans@example.nl', 'Plannen', 'admin')
    returning id, email, name, role`;
  if (!admin) throw new Error('no admin');
  data = await generateScaleData(
    { sql: db.sql, catalog: loadInstruments(), now: clock.now, logger: silentLogger },
    admin,
    { locations: 400, perLocation: { parents: 20, professionals: 5, children: 5 } },
  );
}, 240_000);
afterAll(() => db?.close());

type Captured = { string: string; parameters: unknown[] };

/** The queries sent while `fn` runs, with their parameters. */
async function capture(fn: () => Promise<unknown>): Promise<Captured[]> {
  const queries: Captured[] = [];
  const options = db.sql.options as { debug?: unknown };
  options.debug = (_id: number, string: string, parameters: unknown[]) => queries.push({ string, parameters });
  try {
    await fn();
  } finally {
    options.debug = false;
  }
  return queries;
}

/** Each captured read explained with its own parameters: the plan's text per query. */
async function plansOf(queries: Captured[]): Promise<Array<{ query: string; plan: string }>> {
  const reads = queries.filter((q) => /^\s*(select|with)\b/i.test(q.string));
  const plans: Array<{ query: string; plan: string }> = [];
  for (const q of reads) {
    const rows = await db.sql.unsafe(`explain ${q.string}`, q.parameters as never[]);
    plans.push({ query: q.string, plan: rows.map((r) => Object.values(r)[0]).join('\n') });
  }
  return plans;
}

const seqScansOn = (plans: Array<{ query: string; plan: string }>, table: string) =>
  plans.filter((p) => new RegExp(`Seq Scan on ${table}\\b`).test(p.plan)).map((p) => `${p.query}\n${p.plan}`);

describe('query plans at a generated size', () => {
  it('the overview reads stored rows only: no query names responses or publications', async () => {
    const municipality = await staffAgent(app, db.sql, 'municipality', { organisationId: data.organisationId });
    const [ikc] = await db.sql<{ id: string }[]>`
      select id from ikcs where organisation_id = ${data.organisationId} order by name limit 1`;
    const org = `/api/overview/${data.organisationId}`;
    const queries = await capture(async () => {
      for (const path of [
        org,
        `${org}?criterion=C3&level=2&plan=running&sort=C3&dir=desc&page=2&pageSize=10`,
        `${org}?sort=overdue&dir=desc`,
        `${org}/ikcs/${ikc?.id}/locations?criterion=C1&level=none`,
        `${org}/overview.xlsx`,
      ]) {
        const res = await municipality.send('GET', path);
        expect(res.status, path).toBe(200);
        await res.arrayBuffer();
      }
    });
    const overviewReads = queries.filter((q) => /location_scores/.test(q.string));
    expect(overviewReads.length).toBeGreaterThan(3);
    expect(queries.filter((q) => /\b(responses|report_publications)\b/.test(q.string)).map((q) => q.string)).toEqual(
      [],
    );
    const plans = await plansOf(queries);
    expect(seqScansOn(plans, 'responses')).toEqual([]);
    expect(seqScansOn(plans, 'report_publications')).toEqual([]);
  }, 120_000);

  it('a location’s report, draft and published, reads one round through the indexes', async () => {
    const roundId = data.roundIds[200] ?? '';
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: data.organisationId });
    const municipality = await staffAgent(app, db.sql, 'municipality', { organisationId: data.organisationId });
    const queries = await capture(async () => {
      for (const agent of [researcher, municipality]) {
        const res = await agent.send('GET', `/api/reports/${roundId}`);
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    });
    expect(queries.some((q) => /\bresponses\b/.test(q.string))).toBe(true);
    const plans = await plansOf(queries);
    expect(seqScansOn(plans, 'responses')).toEqual([]);
    expect(seqScansOn(plans, 'report_publications')).toEqual([]);
    // The draft's reads of the responses use the round's index (the plans were really made, not skipped).
    expect(plans.some((p) => /Index.* (on|using) responses_round\b/.test(p.plan))).toBe(true);
  }, 120_000);

  it('a round’s responses export reads that round through the index', async () => {
    const roundId = data.roundIds[100] ?? '';
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: data.organisationId });
    const queries = await capture(async () => {
      const res = await researcher.send('GET', `/api/exports/${roundId}/responses.csv`);
      expect(res.status).toBe(200);
      expect((await res.text()).split('\n').length).toBeGreaterThan(30);
    });
    expect(queries.some((q) => /\bresponses\b/.test(q.string))).toBe(true);
    const plans = await plansOf(queries);
    expect(seqScansOn(plans, 'responses')).toEqual([]);
    expect(plans.some((p) => /Index.* (on|using) responses_round\b/.test(p.plan))).toBe(true);
  }, 120_000);
});
