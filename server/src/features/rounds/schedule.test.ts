import { loadInstruments } from '@driehoek/surveys';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import type { Database, RootSql } from '../../platform/db';
import { JobRunner } from '../../platform/jobs';
import { type Logger, silentLogger } from '../../platform/logger';
import { createScan } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, type TestClock, testClock } from '../../test-support/test-database';

let db: Database;
/** A second client on the same database: another server process's connections (on PostgreSQL; the embedded
 * database takes one connection, so there both "processes" share it). */
let other: RootSql;
const clock: TestClock = testClock('2026-11-23T11:00:00Z');
const catalog = loadInstruments();

beforeAll(async () => {
  db = await openTestDatabase();
  const o = db.sql.options;
  other =
    db.kind === 'server'
      ? postgres({ host: o.host[0], port: o.port[0], user: o.user, database: o.database, max: 3, onnotice: () => {} })
      : db.sql;
});
afterAll(async () => {
  if (other !== db.sql) await other.end();
  await db?.close();
});

/** A server process: its own app and job runner on the shared database and clock. */
/** What the job runners warned of (a job that failed and waits for the next run), shown when a round did not move. */
const jobWarnings: string[] = [];
const jobLogger: Logger = {
  ...silentLogger,
  warn: (msg, fields) => {
    jobWarnings.push(`${msg} ${JSON.stringify(fields ?? {})}`);
  },
};

function serverProcess(sql: RootSql) {
  const jobs = new JobRunner({ sql, logger: jobLogger, intervalMs: 60_000 });
  const app = createApp({ sql, catalog, now: clock.now, logger: silentLogger, jobs });
  return { app, jobs };
}

const statusOf = async (roundId: string) =>
  (
    await db.sql<{ status: string; closedAt: Date | null }[]>`
    select status, closed_at as "closedAt" from rounds where id = ${roundId}`
  )[0];

const auditOf = (roundId: string) =>
  db.sql<{ action: string; userId: string | null; details: Record<string, string> }[]>`
    select action, user_id as "userId", details from audit_log where target_id = ${roundId} order by id`;

describe('rounds open and close on their dates', () => {
  it('opens a draft round on its opening day exactly once, with two server processes running the jobs', async () => {
    clock.set('2026-11-30T22:30:00Z'); // 23:30 on 30 November in the Netherlands: not yet
    const scan = await createScan(db.sql, {
      status: 'draft',
      opensOn: '2026-12-01',
      closesOn: '2026-12-14',
      name: 'Plan',
    });
    const a = serverProcess(db.sql);
    const b = serverProcess(other);
    await Promise.all([a.jobs.runOnce(), b.jobs.runOnce()]);
    expect((await statusOf(scan.roundId))?.status).toBe('draft');

    clock.set('2026-11-30T23:00:30Z'); // 00:00:30 on 1 December
    await Promise.all([a.jobs.runOnce(), b.jobs.runOnce(), a.jobs.runOnce(), b.jobs.runOnce()]);
    expect((await statusOf(scan.roundId))?.status, jobWarnings.join('\n')).toBe('open');
    const audit = await auditOf(scan.roundId);
    expect(audit.map((e) => [e.action, e.userId, e.details.to])).toEqual([
      ['round.transition', null, 'open'],
      ['round.scheduled', null, 'open'],
    ]);
    // The respondent's link works now, without anyone clicking.
    expect((await a.app.request(`/api/links/${scan.links.parents}`)).status).toBe(200);
  });

  it('lets only one process run a job at a time', async () => {
    const a = new JobRunner({ sql: db.sql, logger: silentLogger, intervalMs: 60_000 });
    const b = new JobRunner({ sql: other, logger: silentLogger, intervalMs: 60_000 });
    let release: () => void = () => {};
    let runs = 0;
    const slow = {
      name: 'test.slow',
      run: () =>
        new Promise<void>((resolve) => {
          runs += 1;
          release = resolve;
        }),
    };
    a.register([slow]);
    b.register([slow]);
    const first = a.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await b.runOnce()).toEqual([{ name: 'test.slow', ran: false }]);
    release();
    expect(await first).toEqual([{ name: 'test.slow', ran: true }]);
    expect(runs).toBe(1);
    // Released: the next run may happen anywhere.
    const next = b.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect(await next).toEqual([{ name: 'test.slow', ran: true }]);
  });

  it('closes an open round after its closing day as closing by hand does, and catches up after downtime', async () => {
    clock.set('2026-11-23T11:00:00Z');
    const scan = await createScan(db.sql, {
      status: 'open',
      opensOn: '2026-11-02',
      closesOn: '2026-11-20',
      name: 'Dicht',
    });
    const late = await createScan(db.sql, {
      status: 'draft',
      opensOn: '2026-11-21',
      closesOn: '2026-12-20',
      name: 'Laat',
    });
    const missed = await createScan(db.sql, {
      status: 'draft',
      opensOn: '2026-10-01',
      closesOn: '2026-10-20',
      name: 'Gemist',
    });
    // The server was down from before 20 November until the 23rd: one run catches up on all of it.
    const { app, jobs } = serverProcess(db.sql);
    await jobs.runOnce();
    const closed = await statusOf(scan.roundId);
    expect(closed?.status).toBe('closed');
    // As of the end of the closing day, so the grace period for people still answering does not start again.
    expect(closed?.closedAt?.toISOString()).toBe('2026-11-20T23:00:00.000Z');
    expect((await app.request(`/api/links/${scan.links.parents}`)).status).toBe(410);
    expect((await statusOf(late.roundId))?.status).toBe('open');
    // A round whose dates both passed while it was in preparation stays there: nobody could have answered it.
    expect((await statusOf(missed.roundId))?.status).toBe('draft');
    expect((await auditOf(scan.roundId)).map((e) => `${e.action} ${e.details.from ?? ''}→${e.details.to}`)).toEqual([
      'round.transition open→closed',
      'round.scheduled →closed',
    ]);
  });

  it('leaves a round reopened by hand open until its dates are saved, then closes it on the new date', async () => {
    clock.set('2026-11-25T11:00:00Z');
    const scan = await createScan(db.sql, {
      status: 'open',
      opensOn: '2026-11-02',
      closesOn: '2026-11-20',
      name: 'Heropend',
    });
    const { app, jobs } = serverProcess(db.sql);
    await jobs.runOnce();
    expect((await statusOf(scan.roundId))?.status).toBe('closed');

    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const reopen = await researcher.send('POST', `/api/rounds/${scan.roundId}/transition`, { to: 'open' });
    expect(reopen.status, await reopen.clone().text()).toBe(200);
    await jobs.runOnce();
    expect((await statusOf(scan.roundId))?.status).toBe('open');

    const dates = await researcher.send('PATCH', `/api/rounds/${scan.roundId}/dates`, {
      opensOn: '2026-11-02',
      closesOn: '2026-11-27',
    });
    expect(dates.status, await dates.clone().text()).toBe(200);
    await jobs.runOnce();
    expect((await statusOf(scan.roundId))?.status).toBe('open');
    clock.set('2026-11-28T08:00:00Z');
    await jobs.runOnce();
    expect((await statusOf(scan.roundId))?.status).toBe('closed');
  });

  it('starts with a run, keeps running on a timer that holds no process open, and stops cleanly', async () => {
    let runs = 0;
    const jobs = new JobRunner({ sql: db.sql, logger: silentLogger, intervalMs: 20 });
    jobs.register([
      {
        name: 'test.count',
        run: async () => {
          runs += 1;
        },
      },
    ]);
    jobs.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await jobs.stop();
    const stoppedAt = runs;
    expect(stoppedAt).toBeGreaterThan(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runs).toBe(stoppedAt);
  });
});
