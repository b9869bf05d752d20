import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyTestDatabase } from '../../test-support/empty-database';
import { fingerprintTables } from '../../test-support/hostile-world';
import { openTestDatabase } from '../../test-support/test-database';
import type { Database } from '../db';
import { migrate, readMigrations } from '../migrate';
import { BackupFileError } from './backup-file';
import { listTableNames } from './database-layout';
import { dumpDatabase } from './dump';
import { RestoreRefused, restoreDatabase } from './restore';

const now = () => new Date('2026-11-23T11:00:00Z');
let folder: string;
let source: Database;
let backup: string;

/** The backup's lines, changed by `edit`, written to a new file. */
function rewrite(file: string, name: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const out = join(folder, name);
  writeFileSync(out, gzipSync(Buffer.from(edit(lines).join('\n'), 'utf8')));
  return out;
}

async function withEmptyTarget(run: (target: Database) => Promise<void>) {
  const target = await openEmptyTestDatabase();
  try {
    await run(target);
  } finally {
    await target.close();
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'driehoek-restore-'));
  source = await openTestDatabase();
  await source.sql`insert into organisations (name, kind) values ('Gemeente Terug', 'municipality')`;
  backup = join(folder, 'source.backup.gz');
  await dumpDatabase(source.sql, backup, { reason: 'command', database: 'embedded', now });
});
afterAll(async () => {
  await source?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('restore', () => {
  it('refuses a database that has tables, and changes nothing in it', async () => {
    const target = await openTestDatabase();
    try {
      await target.sql`insert into organisations (name, kind) values ('Al in gebruik', 'school_board')`;
      const before = await fingerprintTables(target.sql);
      await expect(restoreDatabase(target.sql, backup)).rejects.toThrow(RestoreRefused);
      await expect(restoreDatabase(target.sql, backup)).rejects.toThrow(/not empty .*nothing was changed/);
      expect(await fingerprintTables(target.sql)).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it('refuses a backup of a newer Driehoek, naming the migration, before touching the target', async () => {
    const newer = rewrite(backup, 'newer.backup.gz', ([manifest, ...rest]) => {
      const m = JSON.parse(manifest ?? '{}');
      return [JSON.stringify({ ...m, migrationLevel: 9999, migrations: [...m.migrations, 9999] }), ...rest];
    });
    await withEmptyTarget(async (target) => {
      await expect(restoreDatabase(target.sql, newer)).rejects.toThrow(
        /newer version of Driehoek: its database is at migration 9999 \(9999 unknown here\).*Upgrade Driehoek/,
      );
      expect(await listTableNames(target.sql)).toEqual([]);
    });
  });

  it('refuses a damaged file after reading it, leaving the target empty', async () => {
    const damaged = rewrite(backup, 'damaged.backup.gz', (lines) =>
      lines.map((l) => l.replace('Gemeente Terug', 'Gemeente Anders')),
    );
    await withEmptyTarget(async (target) => {
      await expect(restoreDatabase(target.sql, damaged)).rejects.toThrow(/damaged: its checksum does not match/);
      expect(await listTableNames(target.sql)).toEqual([]);
    });
  });

  it('refuses a file that is no backup, or a backup cut short', async () => {
    const text = join(folder, 'notes.txt');
    writeFileSync(text, 'geen back-up\n');
    const cut = join(folder, 'cut.backup.gz');
    writeFileSync(cut, readFileSync(backup).subarray(0, 600));
    await withEmptyTarget(async (target) => {
      await expect(restoreDatabase(target.sql, text)).rejects.toThrow(BackupFileError);
      await expect(restoreDatabase(target.sql, cut)).rejects.toThrow(BackupFileError);
      await expect(restoreDatabase(target.sql, join(folder, 'missing.backup.gz'))).rejects.toThrow(/does not exist/);
      expect(await listTableNames(target.sql)).toEqual([]);
    });
  });

  it('restores a backup of an older migration level, then migrates it like a start would', async () => {
    const migrations = readMigrations();
    const old = await openEmptyTestDatabase();
    const file = join(folder, 'level-7.backup.gz');
    try {
      await migrate(
        old.sql,
        migrations.filter((m) => m.version <= 7),
      );
      await old.sql`insert into organisations (name, kind) values ('Gemeente Oud', 'municipality')`;
      // Migration 9 renamed this table and prefixed its keys: the restored row must come out migrated.
      await old.sql`insert into login_failures (email, window_start, failures)
                    values ('oud@example.nl', '2026-11-23T10:45:00Z', 3)`;
      const manifest = await dumpDatabase(old.sql, file, { reason: 'before-migration', database: 'server', now });
      expect(manifest.migrationLevel).toBe(7);
    } finally {
      await old.close();
    }
    await withEmptyTarget(async (target) => {
      const result = await restoreDatabase(target.sql, file, migrations);
      expect(result.migrated).toEqual(migrations.map((m) => m.version).filter((v) => v > 7));
      expect(await target.sql`select name from organisations`).toEqual([{ name: 'Gemeente Oud' }]);
      expect(await target.sql`select key, attempts from failed_attempts`).toEqual([
        { key: 'login:oud@example.nl', attempts: 3 },
      ]);
      const [level] = await target.sql<{ max: number }[]>`select max(version) as max from schema_migrations`;
      expect(level?.max).toBe(Math.max(...migrations.map((m) => m.version)));
    });
  });
});
