import { type IkcReport, type IkcReportView, RetractSchema, seesRawCounts } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppDeps, AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { DEFAULT_CHROMIUM_PATH, pdfAvailable, renderPdf } from '../../platform/pdf';
import { pdfDownload, requireChromium } from '../../platform/pdf-route';
import { requireCapability } from '../../platform/scope';
import { ikcReportViewFor } from './ikc-report-view';
import { publishIkcReport, retractIkcReport } from './publish-ikc-report';
import { currentIkcPublication, ikcInScope, rawDataDeletedOn } from './queries';
import { renderIkcReportHtml, renderIkcUnpublishedHtml } from './render/ikc-report-html';

const IkcId = z.uuid();
const ViewQuery = z.object({ version: z.enum(['draft', 'published']).default('draft') });

/** The view asked for: a researcher may look at the publication in force as its readers see it. */
async function viewAskedFor(c: Context<AppEnv>, ikcId: string): Promise<IkcReportView> {
  const { version } = readQuery(c, ViewQuery);
  if (version === 'published' && seesRawCounts(c.var.user.role)) {
    const ikc = await ikcInScope(c.var.deps.sql, c.var.user, ikcId);
    const current = await currentIkcPublication(c.var.deps.sql, ikc.id);
    if (!current) throw new AppError('not_found', 'Dit IKC-rapport is nog niet gepubliceerd.');
    return { state: 'published', ...current.snapshot };
  }
  return ikcReportViewFor(c.var.deps, c.var.user, ikcId);
}

/** Which included locations' raw answers are gone (retention), as the screen and the document say. */
async function rawDataGone(deps: AppDeps, report: IkcReport) {
  const gone = await rawDataDeletedOn(
    deps.sql,
    report.locations.map((l) => l.roundId),
  );
  return report.locations.flatMap((l) => {
    const deletedOn = gone.get(l.roundId);
    return deletedOn ? [{ location: l.location, deletedOn }] : [];
  });
}

async function documentOf(deps: AppDeps, view: IkcReportView): Promise<string> {
  if (view.state === 'unpublished') return renderIkcUnpublishedHtml(view.ikc, deps.now());
  return renderIkcReportHtml({
    report: view,
    rawDataGone: await rawDataGone(deps, view),
    model: view.modelVersion === null ? null : loadScanModel(view.modelVersion),
    stamp:
      view.state === 'draft'
        ? { state: 'draft', published: view.published, todo: view.todo.map((t) => t.text) }
        : { state: 'published', ...view.publication },
    generatedAt: deps.now(),
  });
}

const fileName = (view: IkcReportView): string => {
  const slug = view.ikc.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return `ikc-rapport-${slug || 'ikc'}${view.state === 'draft' ? '-concept' : ''}.pdf`;
};

const publish = requireCapability('report.publish');

/**
 * The report of a whole IKC: the view for the user (draft, publication, or that it is not published), one HTML
 * document for screen and print, the same as PDF; for researchers publishing and retracting.
 */
export const ikcReportRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('report.read'))
  .get('/:ikcId', async (c) => {
    const view = await ikcReportViewFor(c.var.deps, c.var.user, readParam(c, 'ikcId', IkcId));
    c.header('cache-control', 'private, no-store');
    if (view.state === 'unpublished') return c.json(view);
    // The screen names each criterion in full (issue 19), by the model the report was scored with.
    const model = loadScanModel(view.modelVersion ?? undefined);
    return c.json({
      ...view,
      criterionNames: model.criteria.map((cr) => ({ id: cr.id, name: cr.name.nl })),
      rawDataGone: await rawDataGone(c.var.deps, view),
    });
  })
  .get('/:ikcId/html', async (c) => {
    const view = await viewAskedFor(c, readParam(c, 'ikcId', IkcId));
    c.header('cache-control', 'private, no-store');
    return c.html(await documentOf(c.var.deps, view));
  })
  .get('/:ikcId/pdf-available', async (c) => {
    await ikcInScope(c.var.deps.sql, c.var.user, readParam(c, 'ikcId', IkcId));
    return c.json({ available: pdfAvailable(c.var.deps.chromiumPath ?? DEFAULT_CHROMIUM_PATH) });
  })
  .get('/:ikcId/pdf', async (c) => {
    const chromiumPath = requireChromium(c, 'Open het rapport en kies Afdrukken → Opslaan als PDF.');
    const view = await viewAskedFor(c, readParam(c, 'ikcId', IkcId));
    const pdf = await renderPdf(await documentOf(c.var.deps, view), chromiumPath);
    return pdfDownload(c, pdf, fileName(view));
  })
  .post('/:ikcId/publish', publish, async (c) => {
    const ikcId = readParam(c, 'ikcId', IkcId);
    await publishIkcReport(c.var.deps, c.var.user, ikcId);
    return c.json(await ikcReportViewFor(c.var.deps, c.var.user, ikcId));
  })
  .post('/:ikcId/retract', publish, async (c) => {
    const ikcId = readParam(c, 'ikcId', IkcId);
    const { reason } = await readJson(c, RetractSchema);
    await retractIkcReport(c.var.deps, c.var.user, ikcId, reason);
    return c.json(await ikcReportViewFor(c.var.deps, c.var.user, ikcId));
  });
