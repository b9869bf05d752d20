import { randomBytes } from 'node:crypto';
import type { Database } from '../db';
import type { Env } from '../env';
import type { Logger } from '../logger';
import { type Migration, readMigrations } from '../migrate';
import { backupFolderOf } from './backup-folder';
import { BackupService } from './backup-service';
import { announceRunningServer, localUrl, withdrawRunningServer } from './running-server';
import { backupBeforeMigrations, scheduleDailyBackups } from './schedule';

export type BackupSetup = {
  service: BackupService;
  /** Before `migrate`: a backup when migrations are pending on a database with data (automatic backups only). */
  beforeMigrations(): Promise<void>;
  /** Once listening: tell `pnpm backup` where this server is (embedded) and start the daily backups. */
  started(host: string, port: number): void;
  /** At shutdown, before the database closes: waits for a backup being written. */
  stop(): Promise<void>;
};

/** Backups for the server process: the service the admin screen uses, and on the embedded database the rest. */
export function setUpBackups(
  db: Database,
  env: Env,
  logger: Logger,
  now: () => Date = () => new Date(),
  migrations: Migration[] = readMigrations(),
): BackupSetup {
  const embedded = db.kind === 'embedded';
  const automatic = embedded && env.DRIEHOEK_BACKUP_AUTO === 'on';
  const localToken = embedded ? randomBytes(32).toString('base64url') : undefined;
  const service = new BackupService({
    sql: db.sql,
    database: db.kind,
    folder: backupFolderOf(env),
    keep: env.DRIEHOEK_BACKUP_KEEP,
    automatic,
    now,
    logger,
    localToken,
  });
  let schedule: { stop(): void } | undefined;
  return {
    service,
    async beforeMigrations() {
      if (!automatic) return;
      const file = await backupBeforeMigrations(db.sql, service, migrations);
      if (file) logger.info('backup before migrations', { file });
    },
    started(host, port) {
      if (localToken) {
        announceRunningServer(env.DRIEHOEK_DATA_DIR, {
          pid: process.pid,
          url: localUrl(host, port),
          token: localToken,
          startedAt: now().toISOString(),
        });
      }
      if (automatic) schedule = scheduleDailyBackups(service, { now, logger });
    },
    async stop() {
      schedule?.stop();
      await service.idle();
      if (localToken) withdrawRunningServer(env.DRIEHOEK_DATA_DIR, localToken);
    },
  };
}
