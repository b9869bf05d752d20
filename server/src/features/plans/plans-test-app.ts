import { loadInstruments } from '@driehoek/surveys';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../context';
import type { Database } from '../../db';
import { AppError } from '../../errors';
import { silentLogger } from '../../logger';
import type { TestClock } from '../../test-support/test-database';
import { overviewRoutes } from '../overview/routes';
import { planRoutes } from './routes';

/**
 * The plan and overview routes on their own app, the way `server/src/app.ts` mounts features (deps in context, one
 * `onError`), for tests until they are mounted there. Log in through `testApp`; send the session cookie here.
 */
export function plansTestApp(db: Database, clock: TestClock, extra: Partial<AppDeps> = {}) {
  const deps: AppDeps = { sql: db.sql, catalog: loadInstruments(), now: clock.now, logger: silentLogger, ...extra };
  const app = new Hono<AppEnv>()
    .use((c, next) => {
      c.set('deps', deps);
      return next();
    })
    .route('/api/plans', planRoutes)
    .route('/api/overview', overviewRoutes);
  app.onError((err, c) => {
    if (err instanceof AppError)
      return c.json({ error: { code: err.code, message: err.message, field: err.field } }, err.status);
    throw err;
  });
  return app;
}

/** A `send` for the plans app with a logged-in agent's cookie and the CSRF header. */
export function sender(app: ReturnType<typeof plansTestApp>, agent: { cookie: string }) {
  return (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        cookie: agent.cookie,
        'x-driehoek-csrf': '1',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}
