import { PassThrough, Readable } from 'node:stream';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { readParam } from '../../platform/http';
import { requireCapability } from '../../platform/scope';
import { answerCell, FIXED_COLUMNS } from './columns';
import { BOM, csvLine } from './csv';
import { type ExportPlan, planExport } from './export-plan';
import { exportRowsCursor } from './queries';
import { spssSyntax } from './spss';
import { planVisitsExport, VISIT_CODEBOOK_HEADER, visitCodebook, visitHeader } from './visits-export';
import { visitsWorkbook } from './visits-xlsx';
import { writeResponsesXlsx } from './xlsx';

const RoundId = z.uuid({ message: 'geen geldig id' });

const attachment = (name: string) => ({
  'content-disposition': `attachment; filename="${name}"`,
  'cache-control': 'private, no-store',
});

/**
 * The CSV as a stream pulled from a database cursor: each read of the response body fetches the next batch, so a
 * slow client slows the query instead of filling memory, and a round of any size starts sending at once.
 */
function responsesCsvStream(sql: AppEnv['Variables']['deps']['sql'], plan: ExportPlan): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches =
    plan.included.length > 0 ? exportRowsCursor(sql, plan.round.id, plan.included)[Symbol.asyncIterator]() : undefined;
  let respondent = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine([...FIXED_COLUMNS, ...plan.columns.map((c) => c.variable)])));
    },
    async pull(controller) {
      const next = batches ? await batches.next() : { done: true as const, value: undefined };
      if (next.done) {
        controller.close();
        return;
      }
      let chunk = '';
      for (const row of next.value) {
        respondent++;
        chunk += csvLine([
          respondent,
          row.audience,
          row.instrumentKey,
          row.instrumentVersion,
          row.locale,
          row.receivedOn,
          ...plan.columns.map((c) => (c.audience === row.audience ? answerCell(c, row.answers, row.shareable) : null)),
        ]);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await batches?.return?.();
    },
  });
}

/** Anonymised raw data of a round, for researchers: CSV, XLSX, codebook and SPSS syntax. Small groups are left out. */
export const exportRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('review.write'))
  .get('/:roundId/responses.csv', async (c) => {
    const plan = await planExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    return c.body(responsesCsvStream(c.var.deps.sql, plan), 200, {
      'content-type': 'text/csv; charset=utf-8',
      ...attachment('responses.csv'),
    });
  })
  .get('/:roundId/responses.xlsx', async (c) => {
    const deps = c.var.deps;
    const plan = await planExport(deps, c.var.user, readParam(c, 'roundId', RoundId));
    const out = new PassThrough();
    writeResponsesXlsx(deps.sql, plan, out).catch((error: unknown) => {
      deps.logger.error('xlsx export failed', { error: String(error) });
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return c.body(Readable.toWeb(out) as ReadableStream<Uint8Array>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...attachment('responses.xlsx'),
    });
  })
  .get('/:roundId/codebook.csv', async (c) => {
    const plan = await planExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const lines = [
      csvLine(['variable', 'question', 'audience', 'instrument', 'version', 'kind', 'concept', 'criterion', 'options']),
      ...plan.columns.map((col) =>
        csvLine([
          col.variable,
          col.text,
          col.audience,
          col.instrument,
          col.version,
          col.kind,
          col.concept,
          col.criterion,
          col.options.map((o) => `${o.value}=${o.label}=${o.score ?? ''}`).join(' | '),
        ]),
      ),
    ];
    return c.body(BOM + lines.join(''), 200, {
      'content-type': 'text/csv; charset=utf-8',
      ...attachment('codebook.csv'),
    });
  })
  .get('/:roundId/responses.sps', async (c) => {
    const plan = await planExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    return c.body(spssSyntax(plan), 200, {
      'content-type': 'text/plain; charset=utf-8',
      ...attachment('responses.sps'),
    });
  })
  // Mystery-guest visits (issue 16.7): one row per coding with ticks, facts, scenario and rater.
  .get('/:roundId/visits.csv', async (c) => {
    const plan = await planVisitsExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const lines = [csvLine(visitHeader(plan)), ...plan.rows.map(csvLine)];
    return c.body(BOM + lines.join(''), 200, {
      'content-type': 'text/csv; charset=utf-8',
      ...attachment('visits.csv'),
    });
  })
  .get('/:roundId/visits.xlsx', async (c) => {
    const plan = await planVisitsExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    return c.body(await visitsWorkbook(plan), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...attachment('visits.xlsx'),
    });
  })
  .get('/:roundId/visits-codebook.csv', async (c) => {
    const plan = await planVisitsExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const lines = [csvLine(VISIT_CODEBOOK_HEADER), ...visitCodebook(plan).map(csvLine)];
    return c.body(BOM + lines.join(''), 200, {
      'content-type': 'text/csv; charset=utf-8',
      ...attachment('visits-codebook.csv'),
    });
  });
