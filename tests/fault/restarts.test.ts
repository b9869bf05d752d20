import { afterAll, describe, expect, it } from 'vitest';
import { harnessEnv } from '../support/env';
import { freePort } from '../support/free-port';
import { inspectDatabase } from '../support/inspect-database';
import { runRespondents } from '../support/respondents';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import {
  startThrowawayPostgres,
  type ThrowawayPostgres,
  throwawayPostgresMissing,
} from '../support/throwaway-postgres';

const RESPONDENTS = 200;
const LOAD_ENV = { DRIEHOEK_LINK_RATE_PER_MINUTE: '100000', LOG_LEVEL: 'error' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every acknowledged id is stored exactly once and complete. */
async function expectAllStored(db: DatabaseTarget, acknowledged: string[]) {
  const rows = await inspectDatabase(
    db,
    (sql) => sql<{ id: string; status: string }[]>`select id, status from responses where id in ${sql(acknowledged)}`,
  );
  expect(rows.length).toBe(acknowledged.length);
  expect(new Set(rows.map((r) => r.id)).size).toBe(acknowledged.length);
  expect(rows.every((r) => r.status === 'complete')).toBe(true);
}

const parentsLink = (s: ServerProcess) => {
  const link = s.links.find((l) => l.audience === 'parents');
  if (!link) throw new Error(`no parents link:\n${s.output()}`);
  return link.linkId;
};

describe('the server killed with SIGKILL while 200 respondents submit (embedded database)', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('restarts on the same data folder; every acknowledged response is there once and every respondent succeeds', async () => {
    const db = await freshDatabase(null);
    cleanup.push(() => db.dispose());
    const port = String(await freePort());
    let server = await startServer(db, { ...LOAD_ENV, PORT: port });
    cleanup.push(() => server.stop());
    const base = server.baseUrl;
    const load = runRespondents({
      base: () => base,
      linkId: parentsLink(server),
      respondents: RESPONDENTS,
      patienceMs: 60_000,
    });
    await sleep(800);
    await server.stop('SIGKILL');
    const killedAt = Date.now();
    server = await startServer(db, { ...LOAD_ENV, PORT: port });
    const restartedAt = Date.now();
    const run = await load;
    await server.stop();

    expect(run.failed).toBe(0);
    expect(run.acknowledged.length).toBe(RESPONDENTS);
    expect(run.serverErrors.filter((e) => e.at < killedAt - 1000 || e.at > restartedAt + 5000)).toEqual([]);
    await expectAllStored(db, run.acknowledged);
  });
});

const pgMissing = throwawayPostgresMissing();
if (pgMissing && !harnessEnv.ci) console.warn(pgMissing);

describe.skipIf(pgMissing !== undefined && !harnessEnv.ci)(
  'PostgreSQL restarted under load, and two server processes',
  () => {
    let pg: ThrowawayPostgres | undefined;
    const cleanup: (() => Promise<unknown>)[] = [];
    afterAll(async () => {
      for (const c of cleanup.reverse()) await c();
      pg?.stop();
    });

    it('reconnects after a PostgreSQL restart; 5xx only inside the restart window; nothing acknowledged is lost', async () => {
      if (pgMissing) throw new Error(pgMissing);
      pg = await startThrowawayPostgres();
      const db = await freshDatabase(pg.url);
      cleanup.push(() => db.dispose());
      const server = await startServer(db, LOAD_ENV);
      cleanup.push(() => server.stop());
      const load = runRespondents({
        base: () => server.baseUrl,
        linkId: parentsLink(server),
        respondents: RESPONDENTS,
        patienceMs: 60_000,
      });
      await sleep(800);
      const from = Date.now();
      pg.restart();
      const until = Date.now();
      const run = await load;

      expect(run.failed).toBe(0);
      expect(run.acknowledged.length).toBe(RESPONDENTS);
      expect(run.serverErrors.filter((e) => e.at < from - 500 || e.at > until + 5000)).toEqual([]);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
      await expectAllStored(db, run.acknowledged);
    });

    it('serves the same links and sessions from two processes on one database', async () => {
      if (!pg) throw new Error('the previous test starts PostgreSQL');
      const db = await freshDatabase(pg.url);
      cleanup.push(() => db.dispose());
      const a = await startServer(db, LOAD_ENV);
      cleanup.push(() => a.stop());
      const b = await startServer(db, { ...LOAD_ENV, DRIEHOEK_DEMO: 'off' });
      cleanup.push(() => b.stop());

      let turn = 0;
      const run = await runRespondents({
        base: () => (turn++ % 2 === 0 ? a.baseUrl : b.baseUrl),
        linkId: parentsLink(a),
        respondents: RESPONDENTS,
        patienceMs: 30_000,
      });
      expect(run.failed).toBe(0);
      expect(run.serverErrors).toEqual([]);
      await expectAllStored(db, run.acknowledged);

      const login = await fetch(`${a.baseUrl}/api/session/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
        body: JSON.stringify(a.login),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const me = await fetch(`${b.baseUrl}/api/session/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
    });
  },
);
