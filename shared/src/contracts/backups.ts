import { z } from 'zod';
import { endpoint } from './endpoint';

/** Why a backup was taken: from the admin screen, by the daily schedule, before migrations, by `pnpm backup`. */
export const BackupReasonSchema = z.enum(['manual', 'daily', 'before-migration', 'command']);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/** A backup file's name as the server writes it; anything else is not a backup of ours. */
export const BackupFileNameSchema = z
  .string()
  .regex(/^driehoek-\d{8}-\d{6}(-\d+)?\.backup\.gz$/, 'geen naam van een back-upbestand');

/** One backup file in the backup folder, as its manifest describes it. */
export const BackupInfoSchema = z.object({
  file: BackupFileNameSchema,
  createdAt: z.string(),
  reason: BackupReasonSchema,
  bytes: z.number().int().nonnegative(),
  /** The highest migration applied to the database it was taken from. */
  migrationLevel: z.number().int().nonnegative(),
  /** Rows per table, in the order they are restored (foreign keys first). */
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative() })),
  /** How long the database was held in one snapshot while the rows were read. */
  snapshotMs: z.number().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const BackupStatusSchema = z.object({
  database: z.enum(['embedded', 'server']),
  /** Daily backups and one before every migration (the embedded database only). */
  automatic: z.boolean(),
  folder: z.string(),
  keep: z.number().int().positive(),
  /** Newest first. */
  items: z.array(BackupInfoSchema),
  /** No backup at all, or the newest is older than two days. */
  stale: z.boolean(),
});
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

/** Backups of the whole database (admins). */
export const backupsApi = {
  status: endpoint({ method: 'GET', path: '/api/backups', answer: BackupStatusSchema }),
  create: endpoint({ method: 'POST', path: '/api/backups', answer: BackupInfoSchema }),
  download: endpoint({ method: 'GET', path: '/api/backups/:file', answer: 'file' }),
};
