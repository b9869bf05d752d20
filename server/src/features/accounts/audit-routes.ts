import { ListQuerySchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { readQuery } from '../../platform/http';
import { requireCapability } from '../../platform/scope';
import { listAudit } from './audit-queries';

export const auditRoutes = new Hono<AppEnv>().use(requireStaff, requireCapability('audit.read')).get('/', async (c) => {
  const { page, pageSize } = readQuery(c, ListQuerySchema);
  return c.json(await listAudit(c.var.deps.sql, page, pageSize));
});
