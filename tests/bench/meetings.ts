import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  buildRoundReport,
  closePdfRenderer,
  createRandom,
  deckJson,
  deckPdf,
  deckPptx,
  insertScanFixture,
  openDatabase,
  publishedDeck,
  publishReport,
  silentLogger,
  syntheticAnswers,
} from '@driehoek/server';
import { loadInstruments } from '@driehoek/surveys';
import { type Row, summarise } from './measure';

const PER_AUDIENCE = { parents: 1600, professionals: 100, children: 300 } as const;
const CHROMIUM = '/usr/bin/chromium';

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: JIT, model parsing, the first Chromium page
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return summarise(samples).p50;
}

/**
 * The feedback meeting of a location with 2,000 responses, published: the deck as the presentation reads it (the
 * publication read, the slides built, the triangle drawn, JSON written; 50 times), the PPTX (20 times) and the PDF
 * through Chromium (5 times, browser running); beside the location report built from the same responses.
 */
export async function benchMeetings(): Promise<Row[]> {
  const db = await openDatabase({ memory: true });
  try {
    const { migrate } = await import('@driehoek/server');
    await migrate(db.sql);
    const catalog = loadInstruments();
    const scan = await insertScanFixture(db.sql, catalog);
    const random = createRandom(13);
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
    const [row] = await db.sql<{ id: string }[]>`
      insert into users (email, name, role) values ('bench@example.nl', 'Bench', 'admin') returning id`;
    const user = { id: row?.id ?? '', email: 'bench@example.nl', name: 'Bench', role: 'admin' as const };
    await db.sql`update rounds set status = 'closed' where id = ${scan.roundId}`;
    const deps = { sql: db.sql, catalog, now: () => new Date(), logger: silentLogger };
    await publishReport(deps, user, scan.roundId);

    const report = await median(10, () => buildRoundReport(deps, scan.roundId));
    const json = await median(50, async () =>
      JSON.stringify(deckJson(await publishedDeck(deps, user, scan.roundId), true)),
    );
    const pptx = await median(20, async () => deckPptx(await publishedDeck(deps, user, scan.roundId)));
    const pdf = await median(5, async () => deckPdf(await publishedDeck(deps, user, scan.roundId), CHROMIUM));
    const measured = (name: string, value: number, goal: string): Row => ({
      section: 'meetings',
      name,
      value: Math.round(value),
      unit: 'ms',
      baseline: Math.round(report),
      ratio: value / report,
      goal,
      note: 'baseline: building the location report from the same responses (median of 10)',
    });
    return [
      measured('feedback meeting deck as JSON, 2,000 responses (median of 50, embedded db)', json, '< 2000 ms'),
      measured('feedback meeting deck as PPTX, 2,000 responses (median of 20)', pptx, '< 2000 ms'),
      measured('feedback meeting deck as PDF through Chromium (median of 5, browser running)', pdf, '< 2000 ms'),
    ];
  } finally {
    await closePdfRenderer();
    await db.close();
  }
}
