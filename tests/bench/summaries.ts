import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  buildRoundReport,
  closePdfRenderer,
  createApp,
  createRandom,
  ensureSummaryLink,
  insertScanFixture,
  loadSummarySource,
  openDatabase,
  parentsLetterPdf,
  publishReport,
  silentLogger,
  syntheticAnswers,
} from '@driehoek/server';
import { loadInstruments } from '@driehoek/surveys';
import { type Row, summarise } from './measure';

const PER_AUDIENCE = { parents: 1600, professionals: 100, children: 300 } as const;
const CHROMIUM = '/usr/bin/chromium';

/**
 * The parents' summary of a location with 2,000 responses, published: the public page as a parent's phone gets it
 * (link, publication in force, plan, summary, HTML, QR code; in-process HTTP, 50 times) and the A4 letter through
 * Chromium (5 times); beside the location report built from the same responses in the same run.
 */
export async function benchSummaries(): Promise<Row[]> {
  const db = await openDatabase({ memory: true });
  try {
    const { migrate } = await import('@driehoek/server');
    await migrate(db.sql);
    const catalog = loadInstruments();
    const scan = await insertScanFixture(db.sql, catalog);
    const random = createRandom(11);
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
    const [user] = await db.sql<{ id: string }[]>`
      insert into users (email, name, role) values ('bench@example.nl', 'Bench', 'admin') returning id`;
    await db.sql`update rounds set status = 'closed' where id = ${scan.roundId}`;
    const deps = { sql: db.sql, catalog, now: () => new Date(), logger: silentLogger };
    await publishReport(
      deps,
      { id: user?.id ?? '', email: 'bench@example.nl', name: 'Bench', role: 'admin' },
      scan.roundId,
    );
    await ensureSummaryLink(db.sql, scan.roundId);
    const [link] = await db.sql<{ id: string }[]>`select id from summary_links where round_id = ${scan.roundId}`;
    const app = createApp(deps);
    const page = async (locale: string) => {
      const res = await app.request(`/samenvatting/${link?.id}/${locale}`, { headers: { accept: 'text/html' } });
      if (res.status !== 200) throw new Error(`summary page answered ${res.status}`);
      return res.text();
    };

    await buildRoundReport(deps, scan.roundId);
    const reportTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await buildRoundReport(deps, scan.roundId);
      reportTimes.push(performance.now() - t0);
    }
    await page('nl');
    const pageTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await page(i % 2 === 0 ? 'nl' : 'ar');
      pageTimes.push(performance.now() - t0);
    }
    const report = summarise(reportTimes);
    const summary = summarise(pageTimes);
    const rows: Row[] = [
      {
        section: 'summaries',
        name: 'parents’ summary page at the public link, 2,000 responses (median of 50, nl and ar, embedded db)',
        value: Math.round(summary.p50),
        unit: 'ms',
        baseline: Math.round(report.p50),
        ratio: summary.p50 / report.p50,
        goal: '< 2000 ms',
        note: 'baseline: building the location report from the same responses (median of 10)',
      },
    ];

    const source = await loadSummarySource(db.sql, scan.roundId);
    if (source) {
      const letter = () =>
        parentsLetterPdf(db.sql, source, {
          roundId: scan.roundId,
          locale: 'ar',
          base: 'http://localhost:8080',
          chromiumPath: CHROMIUM,
        });
      await letter(); // Chromium starts with the first PDF
      const letterTimes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await letter();
        letterTimes.push(performance.now() - t0);
      }
      const pdf = summarise(letterTimes);
      rows.push({
        section: 'summaries',
        name: 'parents’ letter as A4 PDF through Chromium, Arabic (median of 5, browser running)',
        value: Math.round(pdf.p50),
        unit: 'ms',
        baseline: Math.round(report.p50),
        ratio: pdf.p50 / report.p50,
        goal: '< 2000 ms',
        note: 'baseline: building the location report',
      });
    }
    return rows;
  } finally {
    await closePdfRenderer();
    await db.close();
  }
}
