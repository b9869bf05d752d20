import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackupFile, runBackupCli, writtenFile } from '../support/backup-cli';
import { cleanupSteps } from '../support/cleanup';
import { harnessEnv } from '../support/env';
import { requestRecords } from '../support/fault-timeline';
import { openFreshLink } from '../support/fresh-link';
import { answersOf, type RespondentLoad, startRespondents } from '../support/respondents';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { staffSession } from '../support/staff-api';

/** Respondents busy at once while the backup is taken. */
const CONCURRENCY = 50;
/** Complete responses acknowledged before the backup is asked for, and again after it was written. */
const AROUND = 100;
const LOAD_ENV = { DRIEHOEK_LINK_RATE_PER_MINUTE: '100000', LOG_LEVEL: 'error' };
/** The PostgreSQL server a backup of the embedded database moves to. */
const postgresUrl = harnessEnv.testDatabaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Row = { id: string; link_id: string; status: string; answers: unknown };

const cleanup = cleanupSteps();
let folder: string;
let source: DatabaseTarget;
let server: ServerProcess;
let linkId: string;
let load: RespondentLoad;
let liveBackup: string;

const completeAcks = (l: RespondentLoad, after = 0) =>
  requestRecords(l.log.events).filter((r) => r.complete && r.outcome === 'acknowledged' && (r.endSeq ?? 0) > after)
    .length;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'driehoek-backups-e2e-'));
  cleanup.add(async () => rmSync(folder, { recursive: true, force: true }));
  // The laptop: the embedded database, whatever TEST_DATABASE_URL says.
  source = await freshDatabase(null);
  cleanup.add(() => source.dispose());
  server = await startServer(source, LOAD_ENV);
  cleanup.add(() => server.stop());
  linkId = await openFreshLink(server);
});
afterAll(() => cleanup.run());

describe('pnpm backup of the running embedded server while 50 respondents keep submitting', () => {
  it('asks the server, and the file holds every response acknowledged before it, as acknowledged', async () => {
    const base = server.baseUrl;
    load = startRespondents({
      base: () => base,
      linkId,
      respondents: 100_000,
      concurrency: CONCURRENCY,
      patienceMs: 60_000,
    });
    cleanup.add(() => load.stop());
    await load.until(`${AROUND} responses are acknowledged`, () => completeAcks(load) >= AROUND);

    const asked = load.log.mark('backup asked');
    const run = await runBackupCli(['backup', '--out', folder], { DRIEHOEK_DATA_DIR: source.dataDir ?? '' });
    const written = load.log.mark('backup written');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('has the database open; asking it for the backup');
    liveBackup = writtenFile(run);

    await load.until(`${AROUND} more are acknowledged after the backup`, () => completeAcks(load, written) >= AROUND);
    const stopped = load.log.mark('respondents stopped');
    await load.stop();

    const records = requestRecords(load.log.events);
    const failedBeforeStop = records.filter((r) => r.outcome !== 'acknowledged' && (r.endSeq ?? stopped) < stopped);
    expect(
      failedBeforeStop.map((r) => `${r.outcome} ${r.status ?? ''} ${r.detail}`),
      'saves refused or dropped',
    ).toEqual([]);
    expect(
      records.filter((r) => r.outcome === 'acknowledged' && (r.endSeq ?? 0) > asked && (r.endSeq ?? 0) < written)
        .length,
      'saves acknowledged while the backup was being taken',
    ).toBeGreaterThan(0);

    const backup = readBackupFile(liveBackup);
    const onLink = ((backup.rows.get('responses') ?? []) as Row[]).filter((r) => r.link_id === linkId);
    const stored = new Map(onLink.map((r) => [r.id, r]));
    // Acknowledged before the backup was asked for: in it, as acknowledged (complete, or at least the partial save).
    const missing = records
      .filter((r) => r.outcome === 'acknowledged' && (r.endSeq ?? 0) < asked)
      .filter((r) => !stored.has(r.responseId) || (r.complete && stored.get(r.responseId)?.status !== 'complete'));
    expect(missing.map((r) => `${r.responseId} ${r.complete ? 'complete' : 'partial'}`)).toEqual([]);
    expect(
      records.filter((r) => r.complete && r.outcome === 'acknowledged' && (r.endSeq ?? 0) < asked).length,
    ).toBeGreaterThanOrEqual(AROUND);
    // Nothing in it that was not sent by then, and every row as one of its respondent's saves.
    const firstSent = new Map<string, number>();
    for (const r of records) if (!firstSent.has(r.responseId)) firstSent.set(r.responseId, r.sentSeq);
    const wrong = onLink.filter((row) => {
      const sent = load.sent.get(row.id);
      if (!sent || (firstSent.get(row.id) ?? Number.POSITIVE_INFINITY) > written) return true;
      return !isDeepStrictEqual(row.answers, answersOf(sent.respondent, row.status === 'complete'));
    });
    expect(wrong, 'rows in the backup nobody sent by then, or with answers never sent').toEqual([]);
    expect(backup.manifest).toMatchObject({ format: 'driehoek-backup', source: { database: 'embedded' } });
  });

  it('leaves every response acknowledged after it in the database: a backup of the stopped folder holds all', async () => {
    expect(await server.stop()).toBe(0);
    const run = await runBackupCli(['backup'], { DRIEHOEK_DATA_DIR: source.dataDir ?? '' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('asking it');
    const after = readBackupFile(writtenFile(run));
    const complete = new Set(
      ((after.rows.get('responses') ?? []) as Row[]).filter((r) => r.status === 'complete').map((r) => r.id),
    );
    const acknowledged = requestRecords(load.log.events).filter((r) => r.complete && r.outcome === 'acknowledged');
    expect(acknowledged.filter((r) => !complete.has(r.responseId)).map((r) => r.responseId)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(2 * AROUND);
  });
});

describe('the live backup restored', () => {
  let intoFolder: DatabaseTarget;
  let intoPostgres: DatabaseTarget;

  beforeAll(async () => {
    intoFolder = await freshDatabase(null);
    cleanup.add(() => intoFolder.dispose());
    intoPostgres = await freshDatabase(postgresUrl);
    cleanup.add(() => intoPostgres.dispose());
  });

  it('goes into a fresh data folder and a fresh PostgreSQL database, and both serve the same reports, links and logins', async () => {
    const toFolder = await runBackupCli(['restore', liveBackup], { DRIEHOEK_DATA_DIR: intoFolder.dataDir ?? '' });
    expect(toFolder.code, toFolder.stderr).toBe(0);
    const toPostgres = await runBackupCli(['restore', liveBackup], { DATABASE_URL: intoPostgres.databaseUrl ?? '' });
    expect(toPostgres.code, toPostgres.stderr).toBe(0);

    const views = [];
    for (const target of [intoFolder, intoPostgres]) {
      const restored = await startServer(target, LOAD_ENV);
      cleanup.add(() => restored.stop());
      // The demo's logins, links and the respondents' link work as they did.
      const staff = await staffSession(restored);
      const rounds = await staff.get<{ items: { id: string }[] }>('/api/rounds?pageSize=200');
      const reports = Object.fromEntries(
        await Promise.all(rounds.items.map(async (r) => [r.id, await staff.get(`/api/reports/${r.id}`)] as const)),
      );
      const links = await Promise.all(
        [...restored.links.map((l) => l.linkId), linkId].map(
          async (id) => (await fetch(`${restored.baseUrl}/api/links/${id}`)).status,
        ),
      );
      views.push({ reports, links, demoLinks: restored.links.map((l) => l.linkId).sort() });
      expect(await restored.stop()).toBe(0);
    }
    const [folderView, postgresView] = views;
    expect(folderView?.links.every((s) => s === 200)).toBe(true);
    expect(Object.keys(folderView?.reports ?? {}).length).toBeGreaterThanOrEqual(3);
    expect(postgresView).toEqual(folderView);
  }, 240_000);

  it('also takes the pg_dump custom format on PostgreSQL (--pg-dump), restored with pg_restore into an empty database', async () => {
    const dumped = await runBackupCli(['backup', '--pg-dump', '--out', folder], {
      DATABASE_URL: intoPostgres.databaseUrl ?? '',
    });
    expect(dumped.code, dumped.stderr).toBe(0);
    const file = writtenFile(dumped);
    expect(file).toMatch(/\.pgdump$/);
    const manifest = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8')) as {
      tables: { name: string; rows: number }[];
    };
    const target = await freshDatabase(postgresUrl);
    cleanup.add(() => target.dispose());
    const restored = await runBackupCli(['restore', file], { DATABASE_URL: target.databaseUrl ?? '' });
    expect(restored.code, restored.stderr).toBe(0);
    const sql = postgres(target.databaseUrl ?? '', { max: 1, onnotice: () => {} });
    try {
      for (const t of manifest.tables) {
        const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from "${t.name}"`);
        expect(`${t.name}: ${row?.n}`).toBe(`${t.name}: ${t.rows}`);
      }
    } finally {
      await sql.end();
    }
    const toFolder = await runBackupCli(['restore', file], { DRIEHOEK_DATA_DIR: join(folder, 'nieuw') });
    expect(toFolder.code).toBe(1);
    expect(toFolder.stderr).toContain('restores only into PostgreSQL');
  }, 240_000);

  it('refuses to restore over a database that now holds data, saying why', async () => {
    const again = await runBackupCli(['restore', liveBackup], { DATABASE_URL: intoPostgres.databaseUrl ?? '' });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty.*nothing was changed/);
    const overFolder = await runBackupCli(['restore', liveBackup], { DRIEHOEK_DATA_DIR: source.dataDir ?? '' });
    expect(overFolder.code).toBe(1);
    expect(overFolder.stderr).toMatch(/not empty/);
  });
});
