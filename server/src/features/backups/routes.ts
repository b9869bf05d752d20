import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { BackupFileNameSchema, type BackupStatus, isBackupStale } from '@driehoek/shared';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { BackupService } from '../../platform/backup/backup-service';
import { BACKUP_TOKEN_HEADER } from '../../platform/backup/running-server';
import type { AppEnv, SessionUser } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readParam } from '../../platform/http';
import { requireCapability } from '../../platform/scope';

/**
 * An admin's session, or the token `pnpm backup` reads from the data folder of the server it asks (decision 0008):
 * the command line can then back up a running embedded database, which only this process may open.
 */
const adminOrLocalToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.deps.backups?.acceptsToken(c.req.header(BACKUP_TOKEN_HEADER))) return next();
  await requireStaff(c, async () => {
    await requireCapability('backups.manage')(c, next);
  });
};

function serviceOf(c: Context<AppEnv>): BackupService {
  const service = c.var.deps.backups;
  if (!service) throw new AppError('unavailable', 'Back-ups zijn op deze server niet ingesteld.');
  return service;
}

/** The staff member behind the request, none when `pnpm backup` asked with the local token. */
const userOf = (c: Context<AppEnv>): SessionUser | undefined => c.get('user') as SessionUser | undefined;

export const backupRoutes = new Hono<AppEnv>()
  .use(adminOrLocalToken)
  .get('/', async (c) => {
    const service = serviceOf(c);
    const items = await service.list();
    const { database, automatic, folder, keep } = service.options;
    return c.json({
      database,
      automatic,
      folder,
      keep,
      items,
      stale: isBackupStale(items[0]?.createdAt, c.var.deps.now()),
    } satisfies BackupStatus);
  })
  .post('/', async (c) => {
    const user = userOf(c);
    const info = await serviceOf(c).create(user ? 'manual' : 'command');
    await recordAudit(
      c.var.deps.sql,
      user,
      'backup.create',
      { type: 'backup', id: info.file },
      { reason: info.reason },
    );
    return c.json(info, 201);
  })
  .get('/:file', async (c) => {
    const file = readParam(c, 'file', BackupFileNameSchema);
    const path = serviceOf(c).pathOf(file);
    if (!path) throw new AppError('not_found', 'Deze back-up bestaat niet (meer).');
    await recordAudit(c.var.deps.sql, userOf(c), 'backup.download', { type: 'backup', id: file });
    return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, 200, {
      'content-type': 'application/gzip',
      'content-disposition': `attachment; filename="${file}"`,
      'cache-control': 'no-store',
    });
  });
