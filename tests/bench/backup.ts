import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Database, migrate, openDatabase } from '@driehoek/server';
import { loadInstruments } from '@driehoek/surveys';
// Not exported from @driehoek/server's index: measured through their own modules, like the overview.
import { insertLocation } from '../../server/src/features/structure/location-queries';
import { insertIkc, insertOrganisation } from '../../server/src/features/structure/organisation-queries';
import { quoteIdent, readTables } from '../../server/src/platform/backup/database-layout';
import { dumpDatabase } from '../../server/src/platform/backup/dump';
import { restoreDatabase } from '../../server/src/platform/backup/restore';
import { insertSyntheticRound } from '../../server/src/seed/synthetic-round';
import { freshDatabase } from '../support/server-process';
import { benchEnv } from './bench-env';
import type { Row } from './measure';

const LOCATIONS = 100;
const PER_ROUND = { parents: 380, professionals: 40, children: 80 } as const; // 2 rounds × 500 per location
const RESPONSES = LOCATIONS * 2 * 500;
const PG_BIN = '/usr/lib/postgresql/15/bin';

/**
 * `pnpm backup` and `pnpm restore` on a database of 100,000 responses (decision 0008), on the embedded database
 * and on PostgreSQL: the backup beside reading the same rows in one transaction, and on PostgreSQL beside pg_dump
 * (custom format) and pg_restore of the same database, all in the same run.
 */
export async function benchBackup(): Promise<Row[]> {
  const rows: Row[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'driehoek-bench-backup-'));
  try {
    const embedded = await openDatabase({ memory: true });
    try {
      rows.push(...(await measure(embedded, 'embedded', folder, () => openDatabase({ memory: true }))));
    } finally {
      await embedded.close();
    }
    const target = await freshDatabase(benchEnv.databaseUrl).catch(() => undefined);
    if (target?.databaseUrl) {
      const pg = await openDatabase({ databaseUrl: target.databaseUrl });
      const restoreTargets: { dispose(): Promise<void> }[] = [];
      const freshPostgres = async () => {
        const t = await freshDatabase(benchEnv.databaseUrl);
        restoreTargets.push(t);
        return openDatabase({ databaseUrl: t.databaseUrl ?? '' });
      };
      try {
        rows.push(...(await measure(pg, 'PostgreSQL', folder, freshPostgres)));
        if (existsSync(`${PG_BIN}/pg_dump`)) rows.push(...(await measurePgDump(target.databaseUrl, folder, rows)));
      } finally {
        await pg.close();
        await target.dispose();
        for (const t of restoreTargets) await t.dispose();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

async function fill(db: Database) {
  await migrate(db.sql);
  const catalog = loadInstruments();
  const organisationId = await insertOrganisation(db.sql, { name: 'Gemeente Bench', kind: 'municipality' });
  let ikcId = '';
  for (let l = 0; l < LOCATIONS; l++) {
    if (l % 5 === 0) ikcId = await insertIkc(db.sql, { organisationId, name: `IKC ${l / 5 + 1}` });
    const locationId = await insertLocation(db.sql, { ikcId, name: `Locatie ${l + 1}`, families: 400 });
    for (const [i, opensOn] of ['2026-10-01', '2027-10-01'].entries()) {
      await insertSyntheticRound(db.sql, catalog, {
        locationId,
        kind: i === 0 ? 'baseline' : 'follow_up',
        status: 'closed',
        opensOn,
        closesOn: opensOn.replace(/-01$/, '-28'),
        counts: PER_ROUND,
        targets: {},
        seed: l * 2 + i + 1,
      });
    }
  }
}

const since = (t0: number) => performance.now() - t0;

async function measure(
  db: Database,
  label: 'embedded' | 'PostgreSQL',
  folder: string,
  emptyTarget: () => Promise<Database>,
): Promise<Row[]> {
  await fill(db);
  // Baseline: every row of every table read in one transaction, as the backup reads them, and nothing more.
  let t0 = performance.now();
  await db.sql.begin('isolation level repeatable read read only', async (tx) => {
    for (const table of await readTables(tx)) await tx.unsafe(`select * from ${quoteIdent(table.name)}`);
  });
  const readMs = since(t0);
  const file = join(folder, `${label}.backup.gz`);
  t0 = performance.now();
  const manifest = await dumpDatabase(db.sql, file, {
    reason: 'command',
    database: label === 'embedded' ? 'embedded' : 'server',
    now: () => new Date(),
  });
  const backupMs = since(t0);
  const target = await emptyTarget();
  let restoreMs: number;
  try {
    t0 = performance.now();
    await restoreDatabase(target.sql, file);
    restoreMs = since(t0);
  } finally {
    await target.close();
  }
  const size = statSync(file).size;
  const name = `${RESPONSES.toLocaleString('en')} responses (${label})`;
  return [
    {
      section: 'backup',
      name: `pnpm backup, ${name}`,
      value: Math.round(backupMs),
      unit: 'ms',
      baseline: Math.round(readMs),
      ratio: backupMs / readMs,
      note: `baseline: reading every row in one transaction; ${(size / 1e6).toFixed(1)} MB gzip'd`,
    },
    {
      section: 'backup',
      name: `snapshot held during that backup (${label})`,
      value: manifest.snapshotMs,
      unit: 'ms',
      baseline: Math.round(readMs),
      ratio: manifest.snapshotMs / readMs,
      note:
        label === 'embedded'
          ? 'the one connection is busy: saves wait this long'
          : 'other connections go on; compression comes after',
    },
    {
      section: 'backup',
      name: `pnpm restore into an empty database, ${name}`,
      value: Math.round(restoreMs),
      unit: 'ms',
      baseline: Math.round(readMs),
      ratio: restoreMs / readMs,
      note: 'baseline: reading the same rows; includes building the schema and checking the checksum',
    },
  ];
}

/** pg_dump (custom format) and pg_restore of the same database, beside `pnpm backup` / `pnpm restore`. */
async function measurePgDump(url: string, folder: string, measured: Row[]): Promise<Row[]> {
  const file = join(folder, 'pg.dump');
  let t0 = performance.now();
  execFileSync(`${PG_BIN}/pg_dump`, ['-Fc', '-f', file, url]);
  const dumpMs = since(t0);
  const target = await freshDatabase(benchEnv.databaseUrl);
  let restoreMs: number;
  try {
    t0 = performance.now();
    execFileSync(`${PG_BIN}/pg_restore`, ['--no-owner', '--exit-on-error', '-d', target.databaseUrl ?? '', file]);
    restoreMs = since(t0);
  } finally {
    await target.dispose();
  }
  const ours = (prefix: string) => measured.find((r) => r.name.startsWith(prefix) && r.name.endsWith('(PostgreSQL)'));
  const backup = ours('pnpm backup');
  const restore = ours('pnpm restore');
  return [
    {
      section: 'backup',
      name: `pnpm backup beside pg_dump -Fc, ${RESPONSES.toLocaleString('en')} responses (PostgreSQL)`,
      value: backup?.value ?? 0,
      unit: 'ms',
      baseline: Math.round(dumpMs),
      ratio: (backup?.value ?? 0) / dumpMs,
      note: `pg_dump -Fc: ${(statSync(file).size / 1e6).toFixed(1)} MB`,
    },
    {
      section: 'backup',
      name: `pnpm restore beside pg_restore, ${RESPONSES.toLocaleString('en')} responses (PostgreSQL)`,
      value: restore?.value ?? 0,
      unit: 'ms',
      baseline: Math.round(restoreMs),
      ratio: (restore?.value ?? 0) / restoreMs,
      note: 'pg_restore into an empty database (indexes built after the data)',
    },
  ];
}
