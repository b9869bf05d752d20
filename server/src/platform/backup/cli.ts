// `pnpm backup [--out <file or folder>]` and `pnpm restore <file>`: see README "Backup and restore" and decision 0008.
// Runs in server/ like `pnpm start`, so DRIEHOEK_DATA_DIR means the same folder; paths typed on the command line are
// taken from where the command was typed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { BackupInfoSchema, BackupStatusSchema } from '@driehoek/shared';
import { type Database, openDatabase } from '../db';
import { type Env, invocationDir, parseEnv, readProcessEnv } from '../env';
import { BackupFileError, type BackupManifest } from './backup-file';
import { backupFolderOf, ensureFolder, isInside, newBackupName, pruneBackups } from './backup-folder';
import { dumpDatabase } from './dump';
import { type PgDumpManifest, pgDumpBackup, pgDumpManifestPath, pgRestoreBackup, readPgDumpManifest } from './pg-dump';
import { checkBackup, RestoreRefused, restoreDatabase } from './restore';
import { BACKUP_TOKEN_HEADER, findRunningServer, RUNNING_SERVER_FILE, type RunningServer } from './running-server';

const USAGE = `Usage:
  pnpm backup [--out <file or folder>]   back up the database (running or stopped)
  pnpm backup --pg-dump [--out …]        PostgreSQL only: pg_dump's custom format with a manifest beside it
  pnpm restore <file>                    restore a backup into an empty database or data folder`;

/** A refusal or failure the operator can act on: printed without a stack trace. */
class Stop extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  let env: Env;
  try {
    env = parseEnv(readProcessEnv());
  } catch (error) {
    throw new Stop((error as Error).message);
  }
  if (command === 'backup') {
    const pgDump = rest.includes('--pg-dump');
    return backup(env, outOption(rest.filter((a) => a !== '--pg-dump')), pgDump);
  }
  if (command === 'restore' && rest.length === 1 && rest[0] && !rest[0].startsWith('-')) {
    return restore(env, resolve(invocationDir(), rest[0]));
  }
  throw new Stop(USAGE);
}

function outOption(args: string[]): string | undefined {
  if (args.length === 0) return undefined;
  const [flag, value] = args[0]?.startsWith('--out=') ? ['--out', args[0].slice(6)] : args;
  if (flag !== '--out' || !value || args.length > (args[0]?.startsWith('--out=') ? 1 : 2)) throw new Stop(USAGE);
  return resolve(invocationDir(), value);
}

/** `--out` names a file, or a folder to put a new backup name in. */
function outFile(out: string, now: Date): string {
  return existsSync(out) && statSync(out).isDirectory() ? join(out, newBackupName(now, out)) : out;
}

async function backup(env: Env, out: string | undefined, pgDump: boolean): Promise<void> {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    const db = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await withDatabase(db, () => (pgDump ? pgDumpInto(env, db, url, out) : dumpInto(env, db, out)));
    return;
  }
  if (pgDump) {
    throw new Stop("--pg-dump needs DATABASE_URL: the embedded database is backed up in Driehoek's own format.");
  }
  const dataDir = resolve(env.DRIEHOEK_DATA_DIR);
  const running = findRunningServer(dataDir);
  if (running) return askRunningServer(running, out);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Stop(`There is no database in ${dataDir} (DRIEHOEK_DATA_DIR). Nothing to back up.`);
  }
  const db = await openDatabase({ dataDir });
  await withDatabase(db, () => dumpInto(env, db, out));
}

async function dumpInto(env: Env, db: Database, out: string | undefined): Promise<void> {
  const started = performance.now();
  const folder = backupFolderOf(env);
  if (!out) await ensureFolder(folder);
  const file = out ? outFile(out, new Date()) : join(folder, newBackupName(new Date(), folder));
  const manifest = await dumpDatabase(db.sql, file, {
    reason: 'command',
    database: db.kind,
    now: () => new Date(),
  });
  if (!out) await pruneBackups(folder, env.DRIEHOEK_BACKUP_KEEP);
  print(`Backup written: ${file}`);
  print(describe(manifest, performance.now() - started));
}

async function pgDumpInto(env: Env, db: Database, url: string, out: string | undefined): Promise<void> {
  const started = performance.now();
  const folder = backupFolderOf(env);
  if (!out) await ensureFolder(folder);
  const name = newBackupName(new Date(), out ?? folder).replace(/\.backup\.gz$/, '.pgdump');
  const file = out && !(existsSync(out) && statSync(out).isDirectory()) ? out : join(out ?? folder, name);
  const manifest = await pgDumpBackup(db.sql, url, file, () => new Date());
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  print(`Backup written: ${file} (pg_dump custom format; manifest ${pgDumpManifestPath(file)})`);
  print(`  migration level ${manifest.migrationLevel}, ${manifest.tables.length} tables, ${rows} rows`);
  print(`  ${manifest.source.pgDump}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The embedded database is the server's while it runs: the server writes the backup (decision 0008). */
async function askRunningServer(server: RunningServer, out: string | undefined): Promise<void> {
  const headers = { [BACKUP_TOKEN_HEADER]: server.token };
  const ask = async (path: string, init: RequestInit = {}) => {
    try {
      const res = await fetch(`${server.url}${path}`, { ...init, headers });
      if (!res.ok) throw new Stop(`The running server refused (${res.status}): ${await res.text()}`);
      return res;
    } catch (error) {
      if (error instanceof Stop) throw error;
      throw new Stop(
        `A Driehoek server (pid ${server.pid}) has the data folder open but does not answer at ${server.url}. ` +
          'Wait until it has started, or stop it; then run pnpm backup again.',
      );
    }
  };
  print(`The server (pid ${server.pid}) has the database open; asking it for the backup…`);
  const info = BackupInfoSchema.parse(await (await ask('/api/backups', { method: 'POST' })).json());
  if (out) {
    const file = outFile(out, new Date(info.createdAt));
    const body = await ask(`/api/backups/${encodeURIComponent(info.file)}`);
    await writeFile(file, Buffer.from(await body.arrayBuffer()), { mode: 0o600 });
    print(`Backup written: ${file}`);
  } else {
    const status = BackupStatusSchema.parse(await (await ask('/api/backups')).json());
    print(`Backup written: ${join(status.folder, info.file)}`);
  }
  const rows = info.tables.reduce((n, t) => n + t.rows, 0);
  print(`  migration level ${info.migrationLevel}, ${info.tables.length} tables, ${rows} rows, ${info.bytes} bytes`);
}

async function restore(env: Env, file: string): Promise<void> {
  const pgManifest = await readPgDumpManifest(file);
  if (pgManifest) return restorePgDump(env, file, pgManifest);
  const manifest = await checkBackup(file);
  print(
    `Backup of ${manifest.createdAt} (${manifest.source.database} database, migration level ${manifest.migrationLevel})`,
  );
  const started = performance.now();
  let db: Database;
  if (env.DATABASE_URL) {
    db = await openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 1 });
  } else {
    const dataDir = resolve(env.DRIEHOEK_DATA_DIR);
    refuseBusyFolder(dataDir, backupFolderOf(env));
    db = await openDatabase({ dataDir });
  }
  const result = await withDatabase(db, () => restoreDatabase(db.sql, file));
  print(
    `Restored ${result.rows} rows into ${env.DATABASE_URL ? 'the database at DATABASE_URL' : env.DRIEHOEK_DATA_DIR}`,
  );
  print(describe(result.manifest, performance.now() - started));
  if (result.migrated.length > 0)
    print(`  then migrated to ${Math.max(...result.migrated)} (${result.migrated.join(', ')})`);
  print('Start Driehoek with the same settings (pnpm start): every link, code and login works as before.');
}

async function restorePgDump(env: Env, file: string, manifest: PgDumpManifest): Promise<void> {
  if (!env.DATABASE_URL) {
    throw new Stop(
      `${file} was written by pg_dump and restores only into PostgreSQL (set DATABASE_URL). To move to or from the embedded database, use a backup made without --pg-dump.`,
    );
  }
  const url = env.DATABASE_URL;
  print(`pg_dump backup of ${manifest.createdAt} (migration level ${manifest.migrationLevel})`);
  const db = await openDatabase({ databaseUrl: url, poolSize: 1 });
  const migrated = await withDatabase(db, () => pgRestoreBackup(db.sql, url, file, manifest));
  print(`Restored into the database at DATABASE_URL with pg_restore`);
  if (migrated.length > 0) print(`  then migrated to ${Math.max(...migrated)} (${migrated.join(', ')})`);
  print('Start Driehoek with the same settings (pnpm start): every link, code and login works as before.');
}

/**
 * A data folder takes a restore when it does not exist, is empty, or holds an empty database (a restore that failed
 * half-way leaves one); never while a server has it open, never over anything else.
 */
function refuseBusyFolder(dataDir: string, backupFolder: string): void {
  const running = findRunningServer(dataDir);
  if (running) {
    throw new Stop(
      `A Driehoek server (pid ${running.pid}) is running on ${dataDir}. Stop it, and restore into a new, empty folder (DRIEHOEK_DATA_DIR=…).`,
    );
  }
  if (!existsSync(dataDir) || existsSync(join(dataDir, 'PG_VERSION'))) return;
  const backupEntry = isInside(backupFolder, dataDir) ? relative(dataDir, backupFolder).split(/[\\/]/)[0] : undefined;
  const other = readdirSync(dataDir).filter((n) => n !== backupEntry && n !== RUNNING_SERVER_FILE);
  if (other.length > 0) {
    throw new Stop(
      `${dataDir} is not empty (${other.slice(0, 3).join(', ')}…) and holds no database. Restore into a new, empty folder (DRIEHOEK_DATA_DIR=…).`,
    );
  }
}

function describe(manifest: BackupManifest, ms: number): string {
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  const biggest = [...manifest.tables]
    .sort((a, b) => b.rows - a.rows)
    .slice(0, 4)
    .map((t) => `${t.name} ${t.rows}`);
  return [
    `  migration level ${manifest.migrationLevel}, ${manifest.tables.length} tables, ${rows} rows (${biggest.join(', ')}…)`,
    `  checksum sha256 ${manifest.checksum.value.slice(0, 16)}…, ${(ms / 1000).toFixed(1)} s`,
  ].join('\n');
}

async function withDatabase<T>(db: Database, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } finally {
    await db.close();
  }
}

const print = (line: string) => process.stdout.write(`${line}\n`);

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    const known = error instanceof Stop || error instanceof RestoreRefused || error instanceof BackupFileError;
    process.stderr.write(`${known ? (error as Error).message : `Failed: ${(error as Error).stack ?? error}`}\n`);
    process.exit(1);
  },
);
