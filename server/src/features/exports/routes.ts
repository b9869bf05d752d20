import { Hono } from 'hono';
import type { AppEnv } from '../../context';

export const exportRoutes = new Hono<AppEnv>();
