import { Hono } from 'hono';
import type { AppEnv } from '../../context';

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  try {
    await c.var.deps.sql`select 1`;
    return c.json({ ok: true });
  } catch {
    return c.json({ ok: false }, 503);
  }
});
