import { rm } from 'node:fs/promises';
import type { BackupReason } from '@driehoek/shared';
import serverPackage from '../../../package.json';
import type { RootSql } from '../db';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  checksumOf,
  DataSpool,
  writeBackupFile,
} from './backup-file';
import { quoteIdent, readSequences, readTables } from './database-layout';

/** Rows fetched per round trip while the snapshot is open: big enough to cost few trips, small enough for memory. */
const ROWS_PER_FETCH = 5000;

export type DumpOptions = {
  reason: BackupReason;
  database: 'embedded' | 'server';
  now: () => Date;
};

/**
 * Writes a backup of the whole database to `file`: every table's rows read in one REPEATABLE READ, READ ONLY
 * transaction, so the file is one consistent moment however many saves arrive meanwhile, then compressed after the
 * transaction has ended. Works the same on the embedded database and on PostgreSQL, through the server's own
 * client. On the embedded database the snapshot holds every other query until it ends (one connection): it is
 * kept to reading and appending to a local file. Decision 0008.
 */
export async function dumpDatabase(sql: RootSql, file: string, options: DumpOptions): Promise<BackupManifest> {
  const spool = await DataSpool.create(`${file}.data.partial`);
  let closed = false;
  try {
    const started = performance.now();
    const taken = await sql.begin('isolation level repeatable read read only', async (tx) => {
      const [version] = await tx<{ postgres: string }[]>`select current_setting('server_version') as postgres`;
      const migrations = await tx<{ version: number }[]>`select version from schema_migrations order by version`;
      const createdAt = options.now().toISOString();
      const tables = await readTables(tx);
      const counted: BackupManifest['tables'] = [];
      for (const table of tables) {
        await spool.table(table.name, table.columns);
        // In key order: rows come out in an order that says nothing about when they were written (decision 0003).
        const order = table.key.length > 0 ? table.key.map(quoteIdent).join(', ') : 't::text';
        let rows = 0;
        const cursor = tx
          .unsafe<{ j: string }[]>(`select to_json(t)::text as j from ${quoteIdent(table.name)} t order by ${order}`)
          .cursor(ROWS_PER_FETCH);
        // One batch is written while the next is fetched.
        let writing = Promise.resolve();
        for await (const batch of cursor) {
          await writing;
          writing = spool.rows(batch.map((r) => r.j));
          // Awaited on the next turn; a failure meanwhile must not count as unhandled.
          writing.catch(() => {});
          rows += batch.length;
        }
        await writing;
        counted.push({ name: table.name, columns: table.columns, rows });
      }
      return {
        createdAt,
        postgres: version?.postgres ?? 'unknown',
        migrations: migrations.map((m) => m.version),
        tables: counted,
        sequences: await readSequences(tx),
      };
    });
    const snapshotMs = Math.round(performance.now() - started);
    await spool.close();
    closed = true;
    const checksum = await checksumOf(spool.path);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      driehoekVersion: serverPackage.version,
      createdAt: taken.createdAt,
      reason: options.reason,
      source: { database: options.database, postgres: taken.postgres },
      migrationLevel: Math.max(0, ...taken.migrations),
      migrations: taken.migrations,
      tables: taken.tables,
      sequences: taken.sequences,
      checksum: { algorithm: 'sha256', value: checksum },
      snapshotMs,
    };
    await writeBackupFile(file, manifest, spool.path);
    return manifest;
  } finally {
    if (!closed) await spool.close().catch(() => {});
    await rm(spool.path, { force: true });
  }
}
