import { openDatabase, type Sql } from '@driehoek/server';
import type { DatabaseTarget } from './server-process';

/**
 * Runs queries against the database a stopped server used: the real server by URL, or the embedded data folder
 * opened directly — which also proves what the server acknowledged reached the disk.
 */
export async function inspectDatabase<T>(target: DatabaseTarget, query: (sql: Sql) => Promise<T>): Promise<T> {
  const db = await openDatabase(
    target.databaseUrl ? { databaseUrl: target.databaseUrl, poolSize: 1 } : { dataDir: target.dataDir ?? '' },
  );
  try {
    return await query(db.sql);
  } finally {
    await db.close();
  }
}
