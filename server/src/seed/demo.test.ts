import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db';
import { openTestDatabase } from '../test-support/test-database';
import { listDemoLinks, seedDemo } from './demo';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

describe('the demo seed', () => {
  it('creates a municipality, an IKC with two open locations and responses, once', async () => {
    const catalog = loadInstruments();
    expect(await seedDemo(db.sql, catalog, new Date('2026-11-23T10:00:00Z'))).toEqual({ seeded: true });
    expect(await seedDemo(db.sql, catalog, new Date('2026-11-23T10:00:00Z'))).toEqual({ seeded: false });
    const [counts] = await db.sql<{ orgs: number; ikcs: number; locations: number; complete: number }[]>`
      select (select count(*) from organisations)::int as orgs, (select count(*) from ikcs)::int as ikcs,
             (select count(*) from locations)::int as locations,
             (select count(*) from responses where status = 'complete')::int as complete`;
    expect(counts).toMatchObject({ orgs: 1, ikcs: 1, locations: 2 });
    expect(counts?.complete).toBeGreaterThan(100);
    const links = await listDemoLinks(db.sql);
    expect(links.filter((l) => l.audience === 'parents')).toHaveLength(2);
  });
});
