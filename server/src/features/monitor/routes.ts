import type { Monitor } from '@driehoek/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { requireCapability } from '../access/scope';
import { requireStaff } from '../session/session-cookie';
import { listMonitorRows } from './queries';

export const monitorRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('monitor.read'))
  .get('/', async (c) => {
    const body: Monitor = { rows: await listMonitorRows(c.var.deps.sql, c.var.user) };
    return c.json(body);
  });
