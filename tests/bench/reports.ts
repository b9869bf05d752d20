import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  buildRoundReport,
  createRandom,
  insertScanFixture,
  openDatabase,
  silentLogger,
  syntheticAnswers,
} from '@driehoek/server';
import { loadInstruments } from '@driehoek/surveys';
import { type Row, summarise } from './measure';

const PER_AUDIENCE = { parents: 1600, professionals: 100, children: 300 } as const;

/**
 * A location report over 2,000 responses, built the way the API builds it (database reads, scoring, suppression),
 * 50 times in a row; beside the bare read of the same rows from the same database in the same run.
 */
export async function benchReports(): Promise<Row[]> {
  const db = await openDatabase({ memory: true });
  try {
    const { migrate } = await import('@driehoek/server');
    await migrate(db.sql);
    const catalog = loadInstruments();
    const scan = await insertScanFixture(db.sql, catalog);
    const random = createRandom(7);
    for (const [audience, count] of Object.entries(PER_AUDIENCE) as [keyof typeof PER_AUDIENCE, number][]) {
      const instrument = catalog.latest(audience);
      const linkId = scan.links[audience];
      if (!instrument || !linkId) continue;
      const rows = Array.from({ length: count }, () => ({
        id: randomUUID(),
        link_id: linkId,
        round_id: scan.roundId,
        audience,
        instrument_key: instrument.key,
        instrument_version: instrument.version,
        locale: 'nl',
        answers: db.sql.json(syntheticAnswers(instrument, random, { targets: { C5: 2.8, C7: 1.2 } }) as never),
        status: 'complete',
        received_on: '2026-11-20',
      }));
      for (let i = 0; i < rows.length; i += 500) await db.sql`insert into responses ${db.sql(rows.slice(i, i + 500))}`;
    }
    const deps = { sql: db.sql, catalog, now: () => new Date(), logger: silentLogger };
    await buildRoundReport(deps, scan.roundId); // warm-up: JIT, model parsing
    const reportTimes: number[] = [];
    const readTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      let t0 = performance.now();
      await db.sql`select audience, instrument_key, instrument_version, answers, status from responses where round_id = ${scan.roundId}`;
      readTimes.push(performance.now() - t0);
      t0 = performance.now();
      await buildRoundReport(deps, scan.roundId);
      reportTimes.push(performance.now() - t0);
    }
    const report = summarise(reportTimes);
    const read = summarise(readTimes);
    return [
      {
        section: 'reports',
        name: 'location report over 2,000 responses (median of 50, embedded db)',
        value: Math.round(report.p50),
        unit: 'ms',
        baseline: Math.round(read.p50),
        ratio: report.p50 / read.p50,
        goal: '< 100 ms',
        note: 'baseline: reading the same rows from the database',
      },
      {
        section: 'reports',
        name: '50 location reports in a row',
        value: Math.round(reportTimes.reduce((a, b) => a + b, 0)),
        unit: 'ms',
      },
    ];
  } finally {
    await db.close();
  }
}
