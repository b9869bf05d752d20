import {
  CriterionIdSchema,
  CriterionJudgementInputSchema,
  type InstrumentFile,
  QuotesInputSchema,
  ReportSummarySchema,
  type ReportView,
  RetractSchema,
  type RoundReportView,
  seesRawCounts,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppDeps, AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { DEFAULT_CHROMIUM_PATH, pdfAvailable, renderPdf } from '../../platform/pdf';
import { pdfDownload, requireChromium } from '../../platform/pdf-route';
import { requireCapability, roundInScope } from '../../platform/scope';
import { loadJudgement, replaceQuotes, saveCriterionJudgement, saveSummary } from './judgement-queries';
import { currentPublication } from './publication-queries';
import { publishReport, retractReport } from './publish-report';
import { rawDataDeletedOn } from './queries';
import { renderReportHtml } from './render/report-html';
import { renderUnpublishedHtml } from './render/unpublished-html';
import { publishedView, reportViewFor } from './report-view';

const RoundId = z.uuid();

/** The instrument files a report scored: the pinned questionnaires and every observation form with a visit. */
function scoredInstruments(deps: AppDeps, report: RoundReportView['report']): InstrumentFile[] {
  const ids = [
    ...report.instruments.map((i) => [i.key, i.version] as const),
    ...report.mysteryGuest.touchpoints.flatMap((t) => t.visits.map((v) => [v.instrumentKey, v.version] as const)),
  ];
  const files: InstrumentFile[] = [];
  for (const [key, version] of ids) {
    const file = deps.catalog.get(key, version);
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}

/** The one HTML document of a view: the draft with its band, the publication, or counts before publication. */
async function documentOf(deps: AppDeps, view: ReportView): Promise<string> {
  if (view.state === 'unpublished') return renderUnpublishedHtml(view, deps.now());
  return renderReportHtml({
    round: view.round,
    report: view.report,
    comparison: view.comparison,
    judgement: view.judgement,
    exclusions: view.exclusions ?? [],
    rawDataDeletedOn: view.state === 'published' ? (view.rawDataDeletedOn ?? null) : null,
    stamp:
      view.state === 'draft'
        ? { state: 'draft', published: view.published, todo: view.todo }
        : { state: 'published', ...view.publication },
    model: loadScanModel(view.round.modelVersion),
    instruments: scoredInstruments(deps, view.report),
    generatedAt: deps.now(),
  });
}

const ViewQuery = z.object({ version: z.enum(['draft', 'published']).default('draft') });

/** The view asked for: a researcher may look at the publication in force as its readers see it. */
async function viewAskedFor(c: Context<AppEnv>, roundId: string): Promise<ReportView> {
  const { version } = readQuery(c, ViewQuery);
  if (version === 'published' && seesRawCounts(c.var.user.role)) {
    await roundInScope(c.var.deps.sql, c.var.user, roundId);
    const current = await currentPublication(c.var.deps.sql, roundId);
    if (!current) throw new AppError('not_found', 'Dit rapport is nog niet gepubliceerd.');
    return publishedView(current.snapshot, await rawDataDeletedOn(c.var.deps.sql, roundId));
  }
  return reportViewFor(c.var.deps, c.var.user, roundId);
}

const fileName = (view: ReportView, ext: string): string => {
  const slug = view.round.location
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const state = view.state === 'draft' ? '-concept' : '';
  return `rapport-${slug || 'locatie'}-${view.round.opensOn}${state}.${ext}`;
};

const publish = requireCapability('report.publish');
const Criterion = CriterionIdSchema;

/**
 * Reports of a round: the view for the user (draft, publication or counts), one HTML document for screen and print,
 * the same as PDF; and for researchers the judgement, publishing and retracting.
 */
export const reportRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('report.read'))
  .get('/:roundId', async (c) => {
    const view = await reportViewFor(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    c.header('cache-control', 'private, no-store');
    return c.json(view);
  })
  .get('/:roundId/html', async (c) => {
    const view = await viewAskedFor(c, readParam(c, 'roundId', RoundId));
    c.header('cache-control', 'private, no-store');
    return c.html(await documentOf(c.var.deps, view));
  })
  .get('/:roundId/pdf-available', async (c) => {
    await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    return c.json({ available: pdfAvailable(c.var.deps.chromiumPath ?? DEFAULT_CHROMIUM_PATH) });
  })
  .get('/:roundId/pdf', async (c) => {
    const chromiumPath = requireChromium(c, 'Open het rapport en kies Afdrukken → Opslaan als PDF.');
    const view = await viewAskedFor(c, readParam(c, 'roundId', RoundId));
    const pdf = await renderPdf(await documentOf(c.var.deps, view), chromiumPath);
    return pdfDownload(c, pdf, fileName(view, 'pdf'));
  })
  .put('/:roundId/summary', publish, async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    const summary = await readJson(c, ReportSummarySchema);
    await c.var.deps.sql.begin(async (tx) => {
      await saveSummary(tx, round.id, summary, c.var.user.id);
      await recordAudit(tx, c.var.user, 'report.summary', { type: 'round', id: round.id });
    });
    return c.json(await loadJudgement(c.var.deps.sql, round.id, c.var.deps.catalog));
  })
  .put('/:roundId/criteria/:criterion', publish, async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    const criterion = readParam(c, 'criterion', Criterion);
    const judgement = await readJson(c, CriterionJudgementInputSchema);
    await c.var.deps.sql.begin(async (tx) => {
      await saveCriterionJudgement(tx, round.id, criterion, judgement, c.var.user.id);
      // Who set which level, and why, is part of the record; the interpretation text stays in the report.
      await recordAudit(
        tx,
        c.var.user,
        'report.judge',
        { type: 'round', id: round.id },
        {
          criterion,
          adjustedLevel: judgement.adjustedLevel,
          reason: judgement.adjustedLevel ? judgement.reason : null,
        },
      );
    });
    return c.json(await loadJudgement(c.var.deps.sql, round.id, c.var.deps.catalog));
  })
  .put('/:roundId/quotes', publish, async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    const { quotes } = await readJson(c, QuotesInputSchema);
    await c.var.deps.sql.begin(async (tx) => {
      await replaceQuotes(tx, round.id, quotes);
      await recordAudit(tx, c.var.user, 'report.quotes', { type: 'round', id: round.id }, { count: quotes.length });
    });
    return c.json(await loadJudgement(c.var.deps.sql, round.id, c.var.deps.catalog));
  })
  .post('/:roundId/publish', publish, async (c) => {
    const roundId = readParam(c, 'roundId', RoundId);
    await publishReport(c.var.deps, c.var.user, roundId);
    return c.json(await reportViewFor(c.var.deps, c.var.user, roundId));
  })
  .post('/:roundId/retract', publish, async (c) => {
    const roundId = readParam(c, 'roundId', RoundId);
    const { reason } = await readJson(c, RetractSchema);
    await retractReport(c.var.deps, c.var.user, roundId, reason);
    return c.json(await reportViewFor(c.var.deps, c.var.user, roundId));
  });
