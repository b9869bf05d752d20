/** A backup older than this is worth a warning on the admin screen. */
export const BACKUP_STALE_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

/** Whether the newest backup (its ISO time, or null for none) is missing or older than two days at `now`. */
export function isBackupStale(newestCreatedAt: string | null | undefined, now: Date): boolean {
  if (!newestCreatedAt) return true;
  const at = Date.parse(newestCreatedAt);
  return Number.isNaN(at) || now.getTime() - at > BACKUP_STALE_AFTER_MS;
}
