import { OverviewFilterSchema, OverviewQuerySchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { readParam, readQuery } from '../../platform/http';
import { requireCapability } from '../../platform/scope';
import { xlsxStream } from '../exports/stream-xlsx';
import { buildIkcLocations, buildOverview, overviewCriteria, overviewScope } from './build-overview';
import { writeOverviewXlsx } from './overview-xlsx';

const Id = z.uuid({ message: 'geen geldig id' });

/**
 * The municipality's overview across IKCs: a page of IKC summary rows, an IKC's locations on demand, and the whole
 * overview as a streamed workbook; 404 outside the user's scope.
 */
export const overviewRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('overview.read'))
  .get('/:organisationId', async (c) => {
    const organisationId = readParam(c, 'organisationId', Id);
    const overview = await buildOverview(c.var.deps, c.var.user, organisationId, readQuery(c, OverviewQuerySchema));
    c.header('cache-control', 'private, no-store');
    return c.json(overview);
  })
  .get('/:organisationId/ikcs/:ikcId/locations', async (c) => {
    const organisationId = readParam(c, 'organisationId', Id);
    const ikcId = readParam(c, 'ikcId', Id);
    const filter = readQuery(c, OverviewFilterSchema);
    const locations = await buildIkcLocations(c.var.deps, c.var.user, organisationId, ikcId, filter);
    c.header('cache-control', 'private, no-store');
    return c.json({ locations });
  })
  .get('/:organisationId/overview.xlsx', async (c) => {
    const { deps, user } = c.var;
    const filter = readQuery(c, OverviewFilterSchema);
    // Scope first: a refusal is a 404 answer, not a broken download.
    const { organisation, scope } = await overviewScope(deps, user, readParam(c, 'organisationId', Id));
    const started = performance.now();
    const body = xlsxStream(
      (workbook, paced) =>
        writeOverviewXlsx(
          workbook,
          { sql: deps.sql, scope, filter, organisation, criteria: overviewCriteria() },
          paced,
        ),
      {
        onEnd: (rows) =>
          deps.logger.info('export streamed', {
            file: 'overview.xlsx',
            rows,
            ms: Math.round(performance.now() - started),
          }),
        onError: (error) => deps.logger.error('export broke off', { file: 'overview.xlsx', error: String(error) }),
      },
    );
    return c.body(body, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="overzicht-${scope.today}.xlsx"`,
      'cache-control': 'private, no-store',
    });
  });
