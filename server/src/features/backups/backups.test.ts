import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BackupInfoSchema, BackupStatusSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupService } from '../../platform/backup/backup-service';
import { BACKUP_TOKEN_HEADER } from '../../platform/backup/running-server';
import type { Database } from '../../platform/db';
import { silentLogger } from '../../platform/logger';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

const TOKEN = 'een-lokaal-geheim-van-minstens-tweeendertig-tekens';
let db: Database;
let folder: string;
const clock = testClock('2026-11-23T11:00:00Z');
let app: ReturnType<typeof testApp>;
let admin: Awaited<ReturnType<typeof staffAgent>>;
let researcher: Awaited<ReturnType<typeof staffAgent>>;

beforeAll(async () => {
  db = await openTestDatabase();
  folder = mkdtempSync(join(tmpdir(), 'driehoek-backups-'));
  const backups = new BackupService({
    sql: db.sql,
    database: 'embedded',
    folder,
    keep: 2,
    automatic: true,
    now: clock.now,
    logger: silentLogger,
    localToken: TOKEN,
  });
  app = testApp(db, clock, { backups });
  admin = await staffAgent(app, db.sql, 'admin');
  researcher = await staffAgent(app, db.sql, 'researcher');
});
afterAll(async () => {
  await db?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('backups for admins', () => {
  it('warns before the first backup, then makes one, lists it and records who made it', async () => {
    const empty = await bodyOf(await admin.send('GET', '/api/backups'), BackupStatusSchema);
    expect(empty).toMatchObject({ items: [], stale: true, automatic: true, keep: 2, folder });

    const res = await admin.send('POST', '/api/backups');
    expect(res.status).toBe(201);
    const made = await bodyOf(res, BackupInfoSchema);
    expect(made).toMatchObject({ reason: 'manual', createdAt: '2026-11-23T11:00:00.000Z' });
    expect(made.tables.find((t) => t.name === 'users')?.rows).toBe(2);
    expect(readdirSync(folder)).toEqual([made.file]);

    const listed = await bodyOf(await admin.send('GET', '/api/backups'), BackupStatusSchema);
    expect(listed.items).toEqual([made]);
    expect(listed.stale).toBe(false);
    const [entry] = await db.sql`select user_id, target_id from audit_log where action = 'backup.create'`;
    expect(entry).toEqual({ user_id: admin.id, target_id: made.file });
  });

  it('warns once the newest backup is older than two days', async () => {
    clock.set('2026-11-25T11:00:01Z');
    const status = await bodyOf(await admin.send('GET', '/api/backups'), BackupStatusSchema);
    expect(status.stale).toBe(true);
  });

  it('downloads a backup as the gzip file it is, manifest first', async () => {
    const [newest] = (await bodyOf(await admin.send('GET', '/api/backups'), BackupStatusSchema)).items;
    const res = await admin.send('GET', `/api/backups/${newest?.file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gzip');
    const text = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    expect(JSON.parse(text.slice(0, text.indexOf('\n')))).toMatchObject({
      format: 'driehoek-backup',
      reason: 'manual',
    });
  });

  it('keeps the newest DRIEHOEK_BACKUP_KEEP backups and deletes older ones', async () => {
    const files: string[] = [];
    for (const at of ['2026-11-26T01:00:00Z', '2026-11-27T01:00:00Z', '2026-11-28T01:00:00Z']) {
      clock.set(at);
      files.push((await bodyOf(await admin.send('POST', '/api/backups'), BackupInfoSchema)).file);
    }
    expect(readdirSync(folder).sort()).toEqual(files.slice(1).sort());
  });

  it('answers 400 naming the file for a name that is no backup, 404 for one that is gone', async () => {
    const bad = await admin.send('GET', '/api/backups/..%2Fpasswd');
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).field).toBe('file');
    expect((await admin.send('GET', '/api/backups/driehoek-20200101-000000.backup.gz')).status).toBe(404);
  });
});

describe('who else may', () => {
  it('refuses everyone but admins', async () => {
    expect((await researcher.send('GET', '/api/backups')).status).toBe(403);
    expect((await researcher.send('POST', '/api/backups')).status).toBe(403);
    expect((await app.request('/api/backups', { method: 'POST' })).status).toBe(401);
  });

  it('lets pnpm backup ask with the token from the data folder, and no one with another token', async () => {
    const wrong = await app.request('/api/backups', {
      method: 'POST',
      headers: { [BACKUP_TOKEN_HEADER]: 'x'.repeat(50) },
    });
    expect(wrong.status).toBe(401);
    clock.set('2026-11-29T01:00:00Z');
    const res = await app.request('/api/backups', { method: 'POST', headers: { [BACKUP_TOKEN_HEADER]: TOKEN } });
    expect(res.status).toBe(201);
    expect((await bodyOf(res, BackupInfoSchema)).reason).toBe('command');
    const [entry] = await db.sql`select user_id from audit_log where action = 'backup.create' order by id desc limit 1`;
    expect(entry).toEqual({ user_id: null });
  });
});
