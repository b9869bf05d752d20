import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Database, openDatabase } from '../platform/db';
import { testDatabaseUrl } from '../platform/env';

/**
 * A database with no tables at all, as a restore wants it: a fresh in-memory PGlite, or a new database on the
 * server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function openEmptyTestDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  if (!url) return openDatabase({ memory: true });
  const name = `driehoek_restore_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: target.toString(), poolSize: 5 });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
