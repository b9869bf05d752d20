import { hideSmallCounts, type Monitor } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { Hono } from 'hono';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { requireCapability } from '../../platform/scope';
import { listMonitorRows } from './queries';

export const monitorRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('monitor.read'))
  .get('/', async (c) => {
    const { minGroupSize } = loadScanModel().privacy;
    const rows = await listMonitorRows(c.var.deps.sql, c.var.user);
    const body: Monitor = { rows: rows.map((r) => hideSmallCounts(r, c.var.user.role, minGroupSize)) };
    return c.json(body);
  });
