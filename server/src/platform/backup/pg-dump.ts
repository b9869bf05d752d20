import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import serverPackage from '../../../package.json';
import type { RootSql } from '../db';
import { searchPath } from '../env';
import { type Migration, migrate, readMigrations } from '../migrate';
import { BackupFileError, checksumOf } from './backup-file';
import { listTableNames, quoteIdent, readTables } from './database-layout';
import { RestoreRefused, refuseNewerBackup } from './restore';

const run = promisify(execFile);

/**
 * The optional PostgreSQL-only path (`pnpm backup --pg-dump`): pg_dump's custom format, taken in the snapshot of a
 * transaction that also counts the rows, with the same manifest beside it as `<file>.manifest.json`. It restores
 * only into PostgreSQL; the Driehoek format is the one that moves between the embedded database and a server.
 */
export const PgDumpManifestSchema = z.object({
  format: z.literal('driehoek-pg-dump'),
  formatVersion: z.literal(1),
  driehoekVersion: z.string(),
  createdAt: z.string(),
  source: z.object({ database: z.literal('server'), postgres: z.string(), pgDump: z.string() }),
  migrationLevel: z.number().int().nonnegative(),
  migrations: z.array(z.number().int()),
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
  checksum: z.object({ algorithm: z.literal('sha256'), value: z.string() }),
});
export type PgDumpManifest = z.infer<typeof PgDumpManifestSchema>;

export const pgDumpManifestPath = (file: string) => `${file}.manifest.json`;

/** pg_dump or pg_restore on the PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin. */
export function findPgTool(name: 'pg_dump' | 'pg_restore', path = searchPath()): string | undefined {
  for (const dir of path.split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(debian, v, 'bin', name)).find((p) => existsSync(p));
}

/** A pg_dump backup in the snapshot whose row counts go into its manifest. */
export async function pgDumpBackup(sql: RootSql, url: string, file: string, now: () => Date): Promise<PgDumpManifest> {
  const pgDump = findPgTool('pg_dump');
  if (!pgDump) throw new BackupFileError('pg_dump is not installed here (apt-get install postgresql-client).');
  const manifest = await sql.begin('isolation level repeatable read read only', async (tx) => {
    const [snapshot] = await tx<{ id: string; postgres: string }[]>`
      select pg_export_snapshot() as id, current_setting('server_version') as postgres`;
    const migrations = (await tx<{ version: number }[]>`select version from schema_migrations order by version`).map(
      (m) => m.version,
    );
    const tables: PgDumpManifest['tables'] = [];
    for (const t of await readTables(tx)) {
      const [row] = await tx.unsafe<{ n: number }[]>(`select count(*)::int as n from ${quoteIdent(t.name)}`);
      tables.push({ name: t.name, rows: row?.n ?? 0 });
    }
    const createdAt = now().toISOString();
    const { stdout: version } = await run(pgDump, ['--version']);
    await run(pgDump, ['-Fc', '--no-owner', '--no-privileges', `--snapshot=${snapshot?.id}`, '-f', file, url], {
      maxBuffer: 16 << 20,
    }).catch((error: Error & { stderr?: string }) => {
      throw new BackupFileError(`pg_dump failed: ${error.stderr?.trim() || error.message}`);
    });
    return {
      format: 'driehoek-pg-dump' as const,
      formatVersion: 1 as const,
      driehoekVersion: serverPackage.version,
      createdAt,
      source: { database: 'server' as const, postgres: snapshot?.postgres ?? 'unknown', pgDump: version.trim() },
      migrationLevel: Math.max(0, ...migrations),
      migrations,
      tables,
      checksum: { algorithm: 'sha256' as const, value: '' },
    };
  });
  await chmod(file, 0o600);
  manifest.checksum.value = await checksumOf(file);
  await writeFile(pgDumpManifestPath(file), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** The manifest beside a pg_dump file, or undefined when the file has none (then it is no pg_dump backup of ours). */
export async function readPgDumpManifest(file: string): Promise<PgDumpManifest | undefined> {
  const path = pgDumpManifestPath(file);
  if (!existsSync(path)) return undefined;
  const parsed = PgDumpManifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new BackupFileError(`${path}: the manifest is damaged`);
  return parsed.data;
}

/** pg_restore into an empty PostgreSQL database in one transaction, after the same checks; then newer migrations. */
export async function pgRestoreBackup(
  sql: RootSql,
  url: string,
  file: string,
  manifest: PgDumpManifest,
  migrations: Migration[] = readMigrations(),
): Promise<number[]> {
  refuseNewerBackup({ migrationLevel: manifest.migrationLevel, migrations: manifest.migrations }, migrations);
  if ((await checksumOf(file)) !== manifest.checksum.value) {
    throw new BackupFileError(`${file} is damaged: its checksum does not match the manifest`);
  }
  const existing = await listTableNames(sql);
  if (existing.length > 0) {
    throw new RestoreRefused(
      `The target database is not empty (it has ${existing.length} tables). Restore into a new, empty database (createdb); nothing was changed.`,
    );
  }
  const pgRestore = findPgTool('pg_restore');
  if (!pgRestore) throw new BackupFileError('pg_restore is not installed here (apt-get install postgresql-client).');
  await run(pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '-d', url, file], {
    maxBuffer: 16 << 20,
  }).catch((error: Error & { stderr?: string }) => {
    throw new BackupFileError(`pg_restore failed: ${error.stderr?.trim() || error.message}`);
  });
  return migrate(sql, migrations);
}
