import { randomUUID } from 'node:crypto';
import { TrafficCounter } from '../features/responses/traffic-counter';
import { insertRound } from '../features/rounds/queries';
import type { Database, Sql } from '../platform/db';
import { silentLogger } from '../platform/logger';
import { createScan, firstChoiceAnswer, type ScanFixture } from './fixtures';
import { staffAgent } from './staff';
import { openTestDatabase, testApp } from './test-database';

type Agent = Awaited<ReturnType<typeof staffAgent>>;

/** One of everything a write route can act on, made through the API where the API makes it. */
export type HostileWorld = {
  db: Database;
  app: ReturnType<typeof testApp>;
  /** The app's traffic counter: flushed before the tables are fingerprinted, so a late flush is not a change. */
  traffic: TrafficCounter;
  researcher: Agent;
  admin: Agent;
  scan: ScanFixture;
  ids: {
    organisation: string;
    ikc: string;
    location: string;
    /** The open round with a parents' link. */
    round: string;
    link: string;
    /** A closed round of the same location, with a plan. */
    closedRound: string;
    response: string;
    visit: string;
    plan: string;
    goal: string;
    action: string;
    /** An IKC user the researcher may manage. */
    user: string;
  };
  /** A valid answer to a choice question and an open question of the parents' questionnaire. */
  answer: { name: string; value: string | number | boolean };
  openQuestion: string;
};

export async function buildHostileWorld(): Promise<HostileWorld> {
  const db = await openTestDatabase();
  const traffic = new TrafficCounter(db.sql, silentLogger);
  const app = testApp(db, undefined, { traffic, linkRatePerMinute: 1_000_000 });
  const scan = await createScan(db.sql, { name: 'Vijandig' });
  const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
  const admin = await staffAgent(app, db.sql, 'admin');
  const ikcUser = await staffAgent(app, db.sql, 'ikc', { ikcId: scan.ikcId });
  const link = scan.links.parents ?? '';
  const choice = firstChoiceAnswer();
  const openQuestion = 'open_change';

  const response = randomUUID();
  await expectOk(
    app.request(`/api/responses/${response}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        linkId: link,
        locale: 'nl',
        answers: { [choice.name]: choice.value, [openQuestion]: 'Meer uitleg graag.' },
        complete: true,
      }),
    }),
  );
  const visit = randomUUID();
  await expectOk(
    researcher.send('PUT', `/api/visits/${visit}`, {
      roundId: scan.roundId,
      instrument: { key: 'mg-phone', version: 1 },
      visitedOn: '2026-11-20',
      answers: {},
    }),
  );
  const closedRound = await closedRoundOf(db.sql, scan.locationId);
  // A plan starts from a published report.
  await expectOk(researcher.send('POST', `/api/reports/${closedRound}/publish`));
  const plan = await json<{ id: string }>(researcher.send('POST', '/api/plans', { roundId: closedRound }));
  const goal = await json<{ goals: { id: string }[] }>(
    researcher.send('POST', `/api/plans/${plan.id}/goals`, { criterion: 'C5', ambition: 3 }),
  );
  const goalId = goal.goals[0]?.id ?? '';
  const action = await json<{ goals: { actions: { id: string }[] }[] }>(
    researcher.send('POST', `/api/plans/${plan.id}/goals/${goalId}/actions`, { title: 'Startgesprekken' }),
  );
  await traffic.flush();
  return {
    db,
    app,
    traffic,
    researcher,
    admin,
    scan,
    ids: {
      organisation: scan.organisationId,
      ikc: scan.ikcId,
      location: scan.locationId,
      round: scan.roundId,
      link,
      closedRound,
      response,
      visit,
      plan: plan.id,
      goal: goalId,
      action: action.goals[0]?.actions[0]?.id ?? '',
      user: ikcUser.id,
    },
    answer: choice,
    openQuestion,
  };
}

async function closedRoundOf(sql: Sql, locationId: string): Promise<string> {
  const { roundId } = await insertRound(sql, {
    locationId,
    kind: 'baseline',
    status: 'closed',
    opensOn: '2026-09-01',
    closesOn: '2026-09-30',
    instruments: { parents: { key: 'parents', version: 1 } },
  });
  return roundId;
}

async function expectOk(pending: Response | Promise<Response>): Promise<Response> {
  const res = await pending;
  if (res.status >= 300) throw new Error(`setting up the hostile world: ${res.status} ${await res.text()}`);
  return res;
}

async function json<T>(pending: Response | Promise<Response>): Promise<T> {
  return (await (await expectOk(pending)).json()) as T;
}

/**
 * A fingerprint of every table's whole content (md5 of its rows as text, in order): any insert, update or delete
 * anywhere changes it, where counting rows would miss an update.
 */
export async function fingerprintTables(sql: Sql): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await sql<{ digest: string | null; n: number }[]>`
      select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest, count(*)::int as n
        from ${sql(name)} t`;
    out[name] = `${row?.n ?? 0}:${row?.digest ?? ''}`;
  }
  return out;
}
