import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context';

/** A database that does not answer within this long counts as down: a load balancer must not wait on it. */
const HEALTH_TIMEOUT_MS = 2000;

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  c.header('Cache-Control', 'no-store');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([c.var.deps.sql`select 1`, timeout]);
    return c.json({ ok: true });
  } catch {
    return c.json({ ok: false }, 503);
  } finally {
    clearTimeout(timer);
  }
});
