import type { Monitor } from '@driehoek/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { requireStaff } from '../session/session-cookie';
import { listMonitorRows } from './queries';

// Scoping rows to the user's organisations comes with roles (issue 5); until then every staff user sees all rows.
export const monitorRoutes = new Hono<AppEnv>().use(requireStaff).get('/', async (c) => {
  const body: Monitor = { rows: await listMonitorRows(c.var.deps.sql) };
  return c.json(body);
});
