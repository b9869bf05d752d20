import { api, type Endpoint } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './platform/db';
import { openTestDatabase, testApp } from './test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

const key = (method: string, path: string) => `${method} ${path.replace(/\/$/, '') || '/'}`;

describe('the shared endpoint table', () => {
  it('names exactly the routes the app serves, method and path', () => {
    const declared = Object.values(api).flatMap((feature) =>
      Object.values(feature as Record<string, Endpoint>).map((e) => key(e.method, e.path)),
    );
    const served = [
      ...new Set(
        app.routes
          .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path.startsWith('/healthz')))
          .map((r) => key(r.method, r.path)),
      ),
    ];
    expect(new Set(declared).size).toBe(declared.length);
    expect(declared.length).toBeGreaterThan(70);
    expect([...served].sort()).toEqual([...declared].sort());
  });
});
