import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BackupFileNameSchema, type BackupInfo, type BackupReason } from '@driehoek/shared';
import type { RootSql } from '../db';
import type { Logger } from '../logger';
import { ensureFolder, listBackups, newBackupName, pruneBackups } from './backup-folder';
import { dumpDatabase } from './dump';

export type BackupServiceOptions = {
  sql: RootSql;
  database: 'embedded' | 'server';
  folder: string;
  /** How many backups the folder keeps; the oldest beyond are deleted after each new one. */
  keep: number;
  /** Whether this process takes daily backups and one before migrations. */
  automatic: boolean;
  now: () => Date;
  logger: Logger;
  /** The secret `pnpm backup` shows to ask this server for a backup (from the data folder's server file). */
  localToken?: string;
};

/** Backups of this server's database into its backup folder, one at a time. */
export class BackupService {
  private running: Promise<BackupInfo> | undefined;

  constructor(readonly options: BackupServiceOptions) {}

  /** Takes a backup now; a call while one is being written gets that one. */
  create(reason: BackupReason): Promise<BackupInfo> {
    if (!this.running) {
      this.running = this.write(reason).finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async write(reason: BackupReason): Promise<BackupInfo> {
    const { sql, database, folder, keep, now, logger } = this.options;
    const started = performance.now();
    await ensureFolder(folder);
    const file = newBackupName(now(), folder);
    const path = join(folder, file);
    const manifest = await dumpDatabase(sql, path, { reason, database, now });
    const { size } = await stat(path);
    const deleted = await pruneBackups(folder, keep);
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    logger.info('backup written', {
      file,
      reason,
      bytes: size,
      rows,
      snapshotMs: manifest.snapshotMs,
      ms: Math.round(performance.now() - started),
      deleted,
    });
    return {
      file,
      createdAt: manifest.createdAt,
      reason,
      bytes: size,
      migrationLevel: manifest.migrationLevel,
      tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
      snapshotMs: manifest.snapshotMs,
    };
  }

  /** Backups in the folder, newest first. */
  list(): Promise<BackupInfo[]> {
    return listBackups(this.options.folder);
  }

  /** The path of a backup in the folder by its name, or undefined for a name that is not one. */
  pathOf(file: string): string | undefined {
    if (!BackupFileNameSchema.safeParse(file).success) return undefined;
    const path = join(this.options.folder, file);
    return existsSync(path) ? path : undefined;
  }

  /** Whether a request carries this server's local token (compared in constant time). */
  acceptsToken(token: string | undefined): boolean {
    const mine = this.options.localToken;
    if (!mine || !token) return false;
    const [a, b] = [Buffer.from(mine), Buffer.from(token)];
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Resolves once no backup is being written (for shutdown). */
  async idle(): Promise<void> {
    await this.running?.catch(() => {});
  }
}
