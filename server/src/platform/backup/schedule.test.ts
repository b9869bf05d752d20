import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openEmptyTestDatabase } from '../../test-support/empty-database';
import { openTestDatabase, testClock } from '../../test-support/test-database';
import type { Database } from '../db';
import { parseEnv } from '../env';
import { silentLogger } from '../logger';
import { migrate, readMigrations } from '../migrate';
import { backupFolderOf } from './backup-folder';
import { BackupService } from './backup-service';
import { backupBeforeMigrations, pendingMigrations, scheduleDailyBackups } from './schedule';

const migrations = readMigrations();
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'driehoek-schedule-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const serviceFor = (db: Database, now: () => Date, name: string) =>
  new BackupService({
    sql: db.sql,
    database: 'embedded',
    folder: join(folder, name),
    keep: 7,
    automatic: true,
    now,
    logger: silentLogger,
  });

describe('daily backups', () => {
  it('writes one when there is none or the newest is a day old, and none in between', async () => {
    const db = await openTestDatabase();
    const clock = testClock('2026-11-23T11:00:00Z');
    const service = serviceFor(db, clock.now, 'daily');
    const schedule = scheduleDailyBackups(service, {
      now: clock.now,
      logger: silentLogger,
      firstCheckMs: 0,
      checkEveryMs: 20,
    });
    try {
      await vi.waitFor(async () => expect(await service.list()).toHaveLength(1), { timeout: 5000 });
      clock.set('2026-11-24T10:59:00Z');
      await new Promise((r) => setTimeout(r, 200));
      expect(await service.list()).toHaveLength(1);
      clock.set('2026-11-24T11:00:00Z');
      await vi.waitFor(async () => expect(await service.list()).toHaveLength(2), { timeout: 5000 });
      expect((await service.list()).map((b) => [b.createdAt, b.reason])).toEqual([
        ['2026-11-24T11:00:00.000Z', 'daily'],
        ['2026-11-23T11:00:00.000Z', 'daily'],
      ]);
    } finally {
      schedule.stop();
      await service.idle();
      await db.close();
    }
  });
});

describe('the backup before migrations', () => {
  it('is written when a database with data has migrations pending, and not for a new or current database', async () => {
    const now = () => new Date('2026-11-23T11:00:00Z');
    const old = await openEmptyTestDatabase();
    try {
      const service = serviceFor(old, now, 'before');
      expect(await pendingMigrations(old.sql, migrations)).toEqual([]);
      expect(await backupBeforeMigrations(old.sql, service, migrations)).toBeUndefined();
      await migrate(
        old.sql,
        migrations.filter((m) => m.version <= 8),
      );
      expect(await pendingMigrations(old.sql, migrations)).toEqual(
        migrations.map((m) => m.version).filter((v) => v > 8),
      );
      const file = await backupBeforeMigrations(old.sql, service, migrations);
      const [made] = await service.list();
      expect(made).toMatchObject({ file, reason: 'before-migration', migrationLevel: 8 });
      await migrate(old.sql, migrations);
      expect(await backupBeforeMigrations(old.sql, service, migrations)).toBeUndefined();
      expect(await service.list()).toHaveLength(1);
    } finally {
      await old.close();
    }
  });
});

describe('configuration', () => {
  it('keeps 7 backups in the data folder by default, with automatic backups on', () => {
    const env = parseEnv({ DRIEHOEK_DATA_DIR: '/srv/driehoek' });
    expect(env).toMatchObject({ DRIEHOEK_BACKUP_KEEP: 7, DRIEHOEK_BACKUP_AUTO: 'on' });
    expect(backupFolderOf(env)).toBe('/srv/driehoek/backups');
    expect(backupFolderOf(parseEnv({ DRIEHOEK_BACKUP_DIR: '/mnt/nas/driehoek' }))).toBe('/mnt/nas/driehoek');
  });

  it('stops on a bad value, naming the variable', () => {
    expect(() => parseEnv({ DRIEHOEK_BACKUP_KEEP: '0' })).toThrow(/DRIEHOEK_BACKUP_KEEP: moet minstens 1 zijn/);
    expect(() => parseEnv({ DRIEHOEK_BACKUP_KEEP: 'zeven' })).toThrow(/DRIEHOEK_BACKUP_KEEP/);
    expect(() => parseEnv({ DRIEHOEK_BACKUP_AUTO: 'ja' })).toThrow(/DRIEHOEK_BACKUP_AUTO/);
  });
});
