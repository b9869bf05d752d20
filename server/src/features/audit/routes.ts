import { ListQuerySchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { type AppEnv, readQuery } from '../../context';
import { requireCapability } from '../access/scope';
import { requireStaff } from '../session/session-cookie';
import { listAudit } from './queries';

export const auditRoutes = new Hono<AppEnv>().use(requireStaff, requireCapability('audit.read')).get('/', async (c) => {
  const { page, pageSize } = readQuery(c, ListQuerySchema);
  return c.json(await listAudit(c.var.deps.sql, page, pageSize));
});
