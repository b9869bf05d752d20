import type { RootSql } from '../db';
import type { Logger } from '../logger';
import type { Migration } from '../migrate';
import type { BackupService } from './backup-service';

const HOUR = 60 * 60 * 1000;

export type DailyBackupOptions = {
  now: () => Date;
  logger: Logger;
  /** The first look, after start-up has settled (default 5 minutes). */
  firstCheckMs?: number;
  /** How often to look after that (default hourly). */
  checkEveryMs?: number;
  /** A backup is due when the newest is this old (default 24 hours). */
  maxAgeMs?: number;
};

/**
 * A daily backup: every hour the folder is checked and a backup is written when the newest is a day old. Checking
 * instead of firing at a fixed time suits a laptop that is off at night: the backup comes when it is on again.
 * Self-contained on purpose; it can move onto a general jobs runner later.
 */
export function scheduleDailyBackups(service: BackupService, options: DailyBackupOptions): { stop(): void } {
  const { now, logger, firstCheckMs = 5 * 60 * 1000, checkEveryMs = HOUR, maxAgeMs = 24 * HOUR } = options;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const check = async () => {
    try {
      const [newest] = await service.list();
      if (!newest || now().getTime() - Date.parse(newest.createdAt) >= maxAgeMs) await service.create('daily');
    } catch (error) {
      logger.error('daily backup failed', { error: String(error) });
    }
    if (!stopped) {
      timer = setTimeout(check, checkEveryMs);
      timer.unref();
    }
  };
  timer = setTimeout(check, firstCheckMs);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Migrations not yet applied to a database that has been migrated before (none for a new, empty one). */
export async function pendingMigrations(sql: RootSql, migrations: Migration[]): Promise<number[]> {
  const [exists] = await sql<{ table: string | null }[]>`select to_regclass('schema_migrations')::text as table`;
  if (!exists?.table) return [];
  const applied = new Set(
    (await sql<{ version: number }[]>`select version from schema_migrations`).map((r) => r.version),
  );
  if (applied.size === 0) return [];
  return migrations.map((m) => m.version).filter((v) => !applied.has(v));
}

/**
 * One backup before migrations change a database that holds data, so an upgrade that goes wrong can be undone by
 * restoring it with the previous version. A failure stops the start: migrating without the backup is what it
 * exists to prevent.
 */
export async function backupBeforeMigrations(
  sql: RootSql,
  service: BackupService,
  migrations: Migration[],
): Promise<string | undefined> {
  const pending = await pendingMigrations(sql, migrations);
  if (pending.length === 0) return undefined;
  try {
    return (await service.create('before-migration')).file;
  } catch (error) {
    throw new Error(
      `could not write the backup before migrations ${pending.join(', ')} (${(error as Error).message}). ` +
        'Fix the backup folder (DRIEHOEK_BACKUP_DIR) or start with DRIEHOEK_BACKUP_AUTO=off to migrate without it.',
    );
  }
}
