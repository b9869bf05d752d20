import { performance } from 'node:perf_hooks';
import { type Database, migrate, openDatabase, silentLogger } from '@driehoek/server';
import { OverviewQuerySchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
// Not (yet) exported from @driehoek/server's index: the overview is measured through its own module.
import { buildOverview } from '../../server/src/features/overview/build-overview';
import { refreshStaleRows } from '../../server/src/features/overview/refresh-rows';
import { publishReport } from '../../server/src/features/reports/publish-report';
import { insertLocation } from '../../server/src/features/structure/location-queries';
import { insertIkc, insertOrganisation } from '../../server/src/features/structure/organisation-queries';
import { insertSyntheticRound } from '../../server/src/seed/synthetic-round';
import { freshDatabase } from '../support/server-process';
import { benchEnv } from './bench-env';
import { type Row, summarise } from './measure';

const LOCATIONS = 60;
const PER_ROUND = { parents: 380, professionals: 40, children: 80 } as const; // 500 responses per round
const RUNS = 5;

/**
 * The municipality overview of 60 locations with a baseline and a follow-up round of 500 responses each (60,000
 * responses), built the way the API builds it: the latest published round per location, the rows stored when the
 * reports were published (re-stored by the background job after a revision), the plans. Nothing is scored on read.
 * Beside the bare read of the same 60,000 rows from the same database in the same run; on
 * the embedded database and, when one answers at BENCH_DATABASE_URL, on PostgreSQL.
 */
export async function benchOverview(): Promise<Row[]> {
  const rows: Row[] = [];
  const embedded = await openDatabase({ memory: true });
  try {
    rows.push(...(await measureOverview(embedded, 'embedded db')));
  } finally {
    await embedded.close();
  }
  const target = await freshDatabase(benchEnv.databaseUrl).catch(() => undefined);
  if (target?.databaseUrl) {
    const pg = await openDatabase({ databaseUrl: target.databaseUrl });
    try {
      rows.push(...(await measureOverview(pg, 'PostgreSQL')));
    } finally {
      await pg.close();
      await target.dispose();
    }
  }
  return rows;
}

async function measureOverview(db: Database, label: string): Promise<Row[]> {
  await migrate(db.sql);
  const catalog = loadInstruments();
  const organisationId = await insertOrganisation(db.sql, { name: 'Gemeente Bench', kind: 'municipality' });
  const roundIds: string[] = [];
  let ikcId = '';
  for (let l = 0; l < LOCATIONS; l++) {
    if (l % 5 === 0) ikcId = await insertIkc(db.sql, { organisationId, name: `IKC ${l / 5 + 1}` });
    const locationId = await insertLocation(db.sql, { ikcId, name: `Locatie ${l + 1}`, families: 400 });
    for (const [i, opensOn] of ['2026-10-01', '2027-10-01'].entries()) {
      const base = 1.4 + (l % 7) * 0.15 + i * 0.3;
      const { roundId } = await insertSyntheticRound(db.sql, catalog, {
        locationId,
        kind: i === 0 ? 'baseline' : 'follow_up',
        status: 'closed',
        opensOn,
        closesOn: opensOn.replace(/-01$/, '-28'),
        counts: PER_ROUND,
        targets: Object.fromEntries(
          Array.from({ length: 10 }, (_, c) => [`C${c + 1}`, Math.min(2.9, base + c * 0.05)]),
        ),
        seed: l * 2 + i + 1,
      });
      roundIds.push(roundId);
    }
  }
  const deps = { sql: db.sql, catalog, now: () => new Date('2027-11-15T12:00:00Z'), logger: silentLogger };
  const [admin] = await db.sql<{ id: string; email: string; name: string; role: 'admin' }[]>`
    insert into users (email, name, role) values ('bench@example.nl', 'Bench', 'admin')
    returning id, email, name, role`;
  if (!admin) throw new Error('bench user not created');
  // What publishing does: each report is scored once, frozen, and its location's overview row stored.
  const storeTimes: number[] = [];
  for (const roundId of roundIds) {
    const t0 = performance.now();
    await publishReport(deps, admin, roundId);
    storeTimes.push(performance.now() - t0);
  }
  const query = OverviewQuerySchema.parse({});
  await buildOverview(deps, admin, organisationId, query); // warm-up: JIT, model parsing
  const firstTimes: number[] = [];
  const rescoreTimes: number[] = [];
  const readTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    await db.sql`select audience, instrument_key, instrument_version, answers, status from responses
                  where round_id = any(${roundIds}::uuid[])`;
    readTimes.push(performance.now() - t0);
    // A server process that has never shown this overview: nothing in its memory, the stored rows in the database.
    t0 = performance.now();
    await buildOverview(deps, admin, organisationId, query);
    firstTimes.push(performance.now() - t0);
    // The worst case: no stored rows (a new revision of the row's shape); the background job stores them all again.
    await db.sql`delete from location_scores`;
    t0 = performance.now();
    await refreshStaleRows(deps);
    rescoreTimes.push(performance.now() - t0);
  }
  const first = summarise(firstTimes);
  const rescore = summarise(rescoreTimes);
  const read = summarise(readTimes);
  const store = summarise(storeTimes);
  const name = `municipality overview, ${LOCATIONS} locations × 2 rounds × 500 responses (median of ${RUNS}, ${label})`;
  return [
    {
      section: 'overview',
      name: `${name}: view with the rows stored at publication`,
      value: Math.round(first.p50),
      unit: 'ms',
      baseline: Math.round(read.p50),
      ratio: first.p50 / read.p50,
      goal: '< 1000 ms',
      note: 'baseline: reading the same 60,000 responses; the view reads 60 stored rows, scoring nothing',
    },
    {
      section: 'overview',
      name: `${name}: background job storing all 60 rows again (after a revision)`,
      value: Math.round(rescore.p50),
      unit: 'ms',
      baseline: Math.round(read.p50),
      ratio: rescore.p50 / read.p50,
      note: 'worst case; nothing is scored, each row is read from its publications; the view never does this',
    },
    {
      section: 'overview',
      name: `publishing one round's report (median of ${LOCATIONS * 2}, ${label})`,
      value: Math.round(store.p50),
      unit: 'ms',
      note: 'scores the report and the comparison with the round before once, freezes it, stores the overview row',
    },
  ];
}
