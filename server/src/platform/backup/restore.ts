import type { RootSql } from '../db';
import { createMigrationsTable, type Migration, migrate, readMigrations } from '../migrate';
import { type BackupManifest, openBackup, readManifest } from './backup-file';
import { listTableNames, quoteIdent, readTables } from './database-layout';

/** Rows per insert: one statement carries a batch as one JSON parameter, like the save batcher does. */
const ROWS_PER_INSERT = 1000;
const BYTES_PER_INSERT = 8 << 20;

/** A restore that must not go ahead; the message tells the operator why and what to do instead. */
export class RestoreRefused extends Error {}

export type RestoreResult = {
  manifest: BackupManifest;
  /** Rows written, all tables together. */
  rows: number;
  /** Migrations newer than the backup, applied after its rows. */
  migrated: number[];
};

/** Refuses a backup taken by a newer Driehoek: its schema has migrations this version does not know. */
export function refuseNewerBackup(
  manifest: Pick<BackupManifest, 'migrationLevel' | 'migrations'>,
  migrations: Migration[] = readMigrations(),
): void {
  const known = new Set(migrations.map((m) => m.version));
  const unknown = manifest.migrations.filter((v) => !known.has(v));
  if (unknown.length > 0) {
    const newest = Math.max(...known);
    throw new RestoreRefused(
      `This backup comes from a newer version of Driehoek: its database is at migration ${manifest.migrationLevel} ` +
        `(${unknown.join(', ')} unknown here), this version knows up to ${newest}. Upgrade Driehoek, then restore.`,
    );
  }
}

/** Reads the manifest and refuses a newer backup before anything on the target is touched. */
export async function checkBackup(file: string, migrations: Migration[] = readMigrations()): Promise<BackupManifest> {
  const manifest = await readManifest(file);
  refuseNewerBackup(manifest, migrations);
  return manifest;
}

/**
 * Restores a backup into an empty database: in one transaction the schema is built up to the backup's migration
 * level, every row is written fresh in the file's order (no system column or row version travels with it) and the
 * sequences are set where they stood; the checksum and row counts are checked before it commits, so a damaged file
 * leaves the target empty. Migrations newer than the backup then run as at any start. Decision 0008.
 */
export async function restoreDatabase(
  sql: RootSql,
  file: string,
  migrations: Migration[] = readMigrations(),
): Promise<RestoreResult> {
  refuseNewerBackup(await readManifest(file), migrations);
  const existing = await listTableNames(sql);
  if (existing.length > 0) {
    throw new RestoreRefused(
      `The target database is not empty (it has ${existing.length} tables, e.g. ${existing.slice(0, 3).join(', ')}). ` +
        'Restore into a new, empty database (createdb) or an empty data folder; nothing was changed.',
    );
  }
  const { manifest, entries, verify } = await openBackup(file);
  let rows = 0;
  try {
    await sql.begin(async (tx) => {
      await createMigrationsTable(tx);
      const wanted = new Set(manifest.migrations);
      for (const m of migrations.filter((x) => wanted.has(x.version))) await tx.unsafe(m.sql);
      const layouts = new Map((await readTables(tx)).map((t) => [t.name, t]));
      let table: { name: string; columns: string[] } | undefined;
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (!table || batch.length === 0) return;
        const name = quoteIdent(table.name);
        const columns = table.columns.map(quoteIdent).join(', ');
        await tx.unsafe(
          `insert into ${name} (${columns}) select ${columns} from jsonb_populate_recordset(null::${name}, $1::text::jsonb)`,
          [`[${batch.join(',')}]`],
        );
        rows += batch.length;
        batch = [];
        bytes = 0;
      };
      for await (const entry of entries) {
        if (entry.kind === 'table') {
          await flush();
          const layout = layouts.get(entry.table);
          const missing = entry.columns.filter((c) => !layout?.columns.includes(c));
          if (!layout || missing.length > 0) {
            throw new RestoreRefused(
              `The backup's table ${entry.table} does not fit the schema of migration ${manifest.migrationLevel} ` +
                `(${layout ? `no column ${missing.join(', ')}` : 'no such table'}): the file was not written by Driehoek or was changed.`,
            );
          }
          // schema_migrations too: the schema's record of migrations is the backup's, with the original dates.
          table = { name: entry.table, columns: entry.columns };
        } else {
          batch.push(entry.text);
          bytes += entry.text.length;
          if (batch.length >= ROWS_PER_INSERT || bytes >= BYTES_PER_INSERT) await flush();
        }
      }
      await flush();
      verify();
      for (const s of manifest.sequences) {
        await tx`select setval(${quoteIdent(s.name)}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`;
      }
    });
  } finally {
    await entries.return(undefined);
  }
  const migrated = await migrate(sql, migrations);
  return { manifest, rows, migrated };
}
