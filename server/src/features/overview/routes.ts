import { Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { readParam } from '../../platform/http';
import { requireCapability } from '../../platform/scope';
import { buildOverview } from './build-overview';
import { renderOverviewXlsx } from './overview-xlsx';

const Id = z.uuid({ message: 'geen geldig id' });

/** The municipality's overview across IKCs: levels, movement and plan status; 404 outside the user's scope. */
export const overviewRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('overview.read'))
  .get('/:organisationId', async (c) => {
    const overview = await buildOverview(c.var.deps, c.var.user, readParam(c, 'organisationId', Id));
    c.header('cache-control', 'private, no-store');
    return c.json(overview);
  })
  .get('/:organisationId/overview.xlsx', async (c) => {
    const overview = await buildOverview(c.var.deps, c.var.user, readParam(c, 'organisationId', Id));
    const body = await renderOverviewXlsx(overview);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="overzicht-${overview.today}.xlsx"`,
      'cache-control': 'private, no-store',
    });
  });
