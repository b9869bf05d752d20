import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { readParam } from '../../platform/http';
import { requireCapability } from '../../platform/scope';
import { answerCell, FIXED_COLUMNS } from './columns';
import { BOM, csvLine } from './csv';
import { type ExportPlan, planExport } from './export-plan';
import { exportFileName } from './file-name';
import { exportRowsCursor } from './queries';
import { spssSyntax } from './spss';
import { csvStream, type StreamEvents } from './stream-csv';
import { xlsxStream } from './stream-xlsx';
import { planVisitsExport, VISIT_CODEBOOK_HEADER, visitCodebook, visitHeader, visitRows } from './visits-export';
import { writeVisitsXlsx } from './visits-xlsx';
import { writeResponsesXlsx } from './xlsx';

const RoundId = z.uuid({ message: 'geen geldig id' });

const CSV = 'text/csv; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const attachment = (name: string) => ({
  'content-disposition': `attachment; filename="${name}"`,
  'cache-control': 'private, no-store',
});

/** The file's name for this round and today (Dutch calendar day). */
const nameOf = (c: Context<AppEnv>, round: ExportPlan['round'], file: string) =>
  exportFileName(round, dutchDate(c.var.deps.now()), file);

/**
 * What a streamed export tells the log: its size and time once the last row is read, or why it broke off. Counts
 * only; the round id stays out like every other id in the logs.
 */
function streamLog(c: Context<AppEnv>, file: string): StreamEvents {
  const { logger } = c.var.deps;
  const started = performance.now();
  return {
    onEnd: (rows) => logger.info('export streamed', { file, rows, ms: Math.round(performance.now() - started) }),
    onError: (error) => logger.error('export broke off', { file, error: String(error) }),
    onFirstWait: (aheadBytes) => logger.debug('export waits for the client', { file, aheadBytes }),
  };
}

/** The complete responses of the plan's audiences in batches of cells, straight from the cursor. */
async function* responseRows(sql: AppEnv['Variables']['deps']['sql'], plan: ExportPlan) {
  if (plan.included.length === 0) return;
  let respondent = 0;
  for await (const batch of exportRowsCursor(sql, plan.round.id, plan.included)) {
    yield batch.map((row) => [
      ++respondent,
      row.audience,
      row.instrumentKey,
      row.instrumentVersion,
      row.locale,
      row.receivedOn,
      row.excluded ? 1 : 0,
      ...plan.columns.map((c) => (c.audience === row.audience ? answerCell(c, row.answers, row.shareable) : null)),
    ]);
  }
}

/**
 * Anonymised raw data of a round, for researchers: CSV, XLSX, codebook and SPSS syntax. Small groups are left out.
 * Answers and visits are streamed from a database cursor (`pnpm bench` measures it: section exports): the first bytes go
 * out before the last row is read, and the server holds one batch at a time, whatever the size of the round.
 */
export const exportRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('review.write'))
  .get('/:roundId/responses.csv', async (c) => {
    const plan = await planExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const header = [...FIXED_COLUMNS, ...plan.columns.map((col) => col.variable)];
    return c.body(csvStream(header, responseRows(c.var.deps.sql, plan), streamLog(c, 'responses.csv')), 200, {
      'content-type': CSV,
      ...attachment(nameOf(c, plan.round, 'responses.csv')),
    });
  })
  .get('/:roundId/responses.xlsx', async (c) => {
    const sql = c.var.deps.sql;
    const plan = await planExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const body = xlsxStream(
      (workbook, paced) => writeResponsesXlsx(workbook, sql, plan, paced),
      streamLog(c, 'responses.xlsx'),
    );
    return c.body(body, 200, { 'content-type': XLSX, ...attachment(nameOf(c, plan.round, 'responses.xlsx')) });
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
      'content-type': CSV,
      ...attachment(nameOf(c, plan.round, 'codebook.csv')),
    });
  })
  .get('/:roundId/responses.sps', async (c) => {
    const plan = await planExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    // Reads the CSV by the name it gets when downloaded the same day.
    return c.body(spssSyntax(plan, nameOf(c, plan.round, 'responses.csv')), 200, {
      'content-type': 'text/plain; charset=utf-8',
      ...attachment(nameOf(c, plan.round, 'responses.sps')),
    });
  })
  // Mystery-guest visits (issue 16.7): one row per coding with ticks, facts, scenario and rater.
  .get('/:roundId/visits.csv', async (c) => {
    const plan = await planVisitsExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    return c.body(csvStream(visitHeader(plan), visitRows(c.var.deps.sql, plan), streamLog(c, 'visits.csv')), 200, {
      'content-type': CSV,
      ...attachment(nameOf(c, plan.round, 'visits.csv')),
    });
  })
  .get('/:roundId/visits.xlsx', async (c) => {
    const sql = c.var.deps.sql;
    const plan = await planVisitsExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const body = xlsxStream(
      (workbook, paced) => writeVisitsXlsx(workbook, sql, plan, paced),
      streamLog(c, 'visits.xlsx'),
    );
    return c.body(body, 200, { 'content-type': XLSX, ...attachment(nameOf(c, plan.round, 'visits.xlsx')) });
  })
  .get('/:roundId/visits-codebook.csv', async (c) => {
    const plan = await planVisitsExport(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const lines = [csvLine(VISIT_CODEBOOK_HEADER), ...visitCodebook(plan).map(csvLine)];
    return c.body(BOM + lines.join(''), 200, {
      'content-type': CSV,
      ...attachment(nameOf(c, plan.round, 'visits-codebook.csv')),
    });
  });
