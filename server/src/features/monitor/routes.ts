import { hideSmallCounts, type Monitor } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { requireCapability } from '../access/scope';
import { requireStaff } from '../session/session-cookie';
import { listMonitorRows } from './queries';

export const monitorRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('monitor.read'))
  .get('/', async (c) => {
    const { minGroupSize } = loadScanModel().privacy;
    const rows = await listMonitorRows(c.var.deps.sql, c.var.user);
    const body: Monitor = { rows: rows.map((r) => hideSmallCounts(r, c.var.user.role, minGroupSize)) };
    return c.json(body);
  });
