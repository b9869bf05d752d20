import { Hono } from 'hono';
import type { AppEnv } from '../../context';

export const reportRoutes = new Hono<AppEnv>();
