import type { AppDeps } from '../platform/context';
import type { Database } from '../platform/db';
import { type TestClock, testApp } from './test-database';

/** The whole app for plan and overview tests. */
export function plansTestApp(db: Database, clock: TestClock, extra: Partial<AppDeps> = {}) {
  return testApp(db, clock, extra);
}

/** A `send` with a logged-in agent's cookie and the CSRF header. */
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
