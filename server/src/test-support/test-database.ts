import { randomBytes } from 'node:crypto';
import { loadInstruments } from '@driehoek/surveys';
import postgres from 'postgres';
import { createApp } from '../app';
import type { AppDeps } from '../platform/context';
import { type Database, openDatabase } from '../platform/db';
import { testDatabaseUrl } from '../platform/env';
import { silentLogger } from '../platform/logger';
import { migrate } from '../platform/migrate';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database on the server
 * named by TEST_DATABASE_URL (dropped again on close), so files never see each other's rows.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  if (!url) {
    const db = await openDatabase({ memory: true });
    await migrate(db.sql);
    return db;
  }
  const name = `driehoek_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: target.toString(), poolSize: 5 });
  await migrate(db.sql);
  return {
    ...db,
    async close() {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export type TestClock = { now: () => Date; set(iso: string): void };

/** A clock tests can move; starts at a fixed Dutch noon so date logic is deterministic. */
export function testClock(start = '2026-11-23T11:00:00Z'): TestClock {
  let current = new Date(start);
  return { now: () => current, set: (iso) => (current = new Date(iso)) };
}

export function testApp(db: Database, clock: TestClock = testClock(), extra: Partial<AppDeps> = {}) {
  return createApp({ sql: db.sql, catalog: loadInstruments(), now: clock.now, logger: silentLogger, ...extra });
}
