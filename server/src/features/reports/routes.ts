import type { InstrumentFile } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppDeps, AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readParam } from '../../platform/http';
import { DEFAULT_CHROMIUM_PATH, pdfAvailable, renderPdf } from '../../platform/pdf';
import { requireCapability, roundInScope } from '../../platform/scope';
import { buildRoundReport, type RoundReport } from './build-report';
import { renderReportHtml } from './render/report-html';

const RoundId = z.uuid();

/** Loads the report of a round the user may read; 404 outside the scope or when the round is gone. */
async function loadReport(deps: AppDeps, user: AppEnv['Variables']['user'], roundId: string): Promise<RoundReport> {
  await roundInScope(deps.sql, user, roundId);
  const built = await buildRoundReport(deps, roundId);
  if (!built) throw new Error(`round ${roundId} in scope but not loadable`);
  return built;
}

/** The instrument files a report scored: the pinned questionnaires and every observation form with a visit. */
function scoredInstruments(deps: AppDeps, built: RoundReport): InstrumentFile[] {
  const ids = [
    ...built.report.instruments.map((i) => [i.key, i.version] as const),
    ...built.report.mysteryGuest.touchpoints.flatMap((t) => t.visits.map((v) => [v.instrumentKey, v.version] as const)),
  ];
  const files: InstrumentFile[] = [];
  for (const [key, version] of ids) {
    const file = deps.catalog.get(key, version);
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}

async function reportHtml(deps: AppDeps, built: RoundReport): Promise<string> {
  return renderReportHtml({
    round: built.round,
    report: built.report,
    comparison: built.comparison,
    model: loadScanModel(built.round.modelVersion),
    instruments: scoredInstruments(deps, built),
    generatedAt: deps.now(),
  });
}

const fileName = (built: RoundReport, ext: string): string => {
  const slug = built.round.location
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return `rapport-${slug || 'locatie'}-${built.round.opensOn}.${ext}`;
};

/** Reports of a round: JSON for the web, one HTML document for screen and print, and the same document as PDF. */
export const reportRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('report.read'))
  .get('/:roundId', async (c) => {
    const built = await loadReport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    c.header('cache-control', 'private, no-store');
    return c.json({ round: built.round, report: built.report, comparison: built.comparison });
  })
  .get('/:roundId/html', async (c) => {
    const built = await loadReport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    c.header('cache-control', 'private, no-store');
    return c.html(await reportHtml(c.var.deps, built));
  })
  .get('/:roundId/pdf-available', async (c) => {
    await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    return c.json({ available: pdfAvailable(c.var.deps.chromiumPath ?? DEFAULT_CHROMIUM_PATH) });
  })
  .get('/:roundId/pdf', async (c) => {
    const deps = c.var.deps;
    const built = await loadReport(deps, c.var.user, readParam(c, 'roundId', RoundId));
    const chromiumPath = deps.chromiumPath ?? DEFAULT_CHROMIUM_PATH;
    if (!pdfAvailable(chromiumPath)) {
      throw new AppError(
        'unavailable',
        'PDF maken kan hier niet: Chromium is niet geïnstalleerd. Open het rapport en kies Afdrukken → Opslaan als PDF.',
      );
    }
    const pdf = await renderPdf(await reportHtml(deps, built), chromiumPath);
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName(built, 'pdf')}"`,
      'cache-control': 'private, no-store',
    });
  });
