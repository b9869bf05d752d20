import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { BackupFileNameSchema, type BackupInfo } from '@driehoek/shared';
import { BackupFileError, readManifest } from './backup-file';

/** The backup folder: DRIEHOEK_BACKUP_DIR, else `backups` inside the data folder. */
export function backupFolderOf(env: { DRIEHOEK_BACKUP_DIR?: string; DRIEHOEK_DATA_DIR: string }): string {
  return resolve(env.DRIEHOEK_BACKUP_DIR ?? join(env.DRIEHOEK_DATA_DIR, 'backups'));
}

/** `driehoek-20261123-110000.backup.gz` in UTC, with `-2`, `-3`… when a backup of the same second exists. */
export function newBackupName(at: Date, folder: string): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  for (let n = 1; ; n++) {
    const name = `driehoek-${stamp}${n === 1 ? '' : `-${n}`}.backup.gz`;
    if (!existsSync(join(folder, name))) return name;
  }
}

export async function ensureFolder(folder: string): Promise<void> {
  // Backups hold everything the database holds: only the account that runs Driehoek may read them.
  await mkdir(folder, { recursive: true, mode: 0o700 });
}

/** Every readable backup in the folder, newest first; files that are not (or no longer) backups are left out. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  if (!existsSync(folder)) return [];
  const names = (await readdir(folder)).filter((n) => BackupFileNameSchema.safeParse(n).success);
  const infos: BackupInfo[] = [];
  for (const file of names) {
    const path = join(folder, file);
    try {
      const [manifest, { size }] = await Promise.all([readManifest(path), stat(path)]);
      infos.push({
        file,
        createdAt: manifest.createdAt,
        reason: manifest.reason,
        bytes: size,
        migrationLevel: manifest.migrationLevel,
        tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
        snapshotMs: manifest.snapshotMs,
      });
    } catch (error) {
      if (!(error instanceof BackupFileError)) throw error;
    }
  }
  return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

/** Deletes the oldest backups beyond `keep`; answers the names deleted. */
export async function pruneBackups(folder: string, keep: number): Promise<string[]> {
  const old = (await listBackups(folder)).slice(keep).map((b) => b.file);
  for (const file of old) await rm(join(folder, file), { force: true });
  return old;
}

/** Whether `inner` lies inside `outer` (or is it). */
export function isInside(inner: string, outer: string): boolean {
  const path = relative(resolve(outer), resolve(inner));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}
