import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-support/test-database';
import type { Database } from './db';
import { migrate, readMigrations } from './migrate';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

describe('migrations', () => {
  it('are recorded, and a second run applies nothing', async () => {
    const versions = readMigrations().map((m) => m.version);
    const recorded = await db.sql<{ version: number }[]>`select version from schema_migrations order by version`;
    expect(recorded.map((r) => r.version)).toEqual(versions);
    expect(await migrate(db.sql)).toEqual([]);
  });

  it('roll back a failing migration whole, leaving no record and no table', async () => {
    const broken = [
      ...readMigrations(),
      { version: 9001, name: 'broken', sql: 'create table half_done (id int); select * from no_such_table;' },
    ];
    await expect(migrate(db.sql, broken)).rejects.toThrow();
    const [row] = await db.sql`select to_regclass('half_done') as t`;
    expect(row?.t).toBeNull();
    expect(await db.sql`select 1 from schema_migrations where version = 9001`).toHaveLength(0);
  });

  it('refuse a database migrated by a newer version', async () => {
    await db.sql`insert into schema_migrations (version, name) values (9999, 'from-the-future')`;
    await expect(migrate(db.sql)).rejects.toThrow(/newer version of Driehoek/);
    await db.sql`delete from schema_migrations where version = 9999`;
  });
});
