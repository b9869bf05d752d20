import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoundReport } from '../../features/reports/build-report';
import { seedDemo } from '../../seed/demo';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { openEmptyTestDatabase } from '../../test-support/empty-database';
import { fingerprintTables } from '../../test-support/hostile-world';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { recordAudit } from '../audit';
import type { Database, Sql } from '../db';
import { silentLogger } from '../logger';
import { readSequences } from './database-layout';
import { dumpDatabase } from './dump';
import { restoreDatabase } from './restore';

const catalog = loadInstruments();
const clock = testClock();
let source: Database;
let folder: string;

/** The demo, and beside it a row in every table the demo leaves empty, written the way the app writes them. */
async function seedEverything(db: Database) {
  await seedDemo(db.sql, catalog, clock.now());
  const app = testApp(db, clock);
  const admin = await staffAgent(app, db.sql, 'admin');
  const [location] = await db.sql<{ id: string }[]>`select id from locations order by name limit 1`;
  const [organisation] = await db.sql<{ id: string }[]>`select id from organisations limit 1`;
  const { roundId, links } = await insertSyntheticRound(db.sql, catalog, {
    locationId: location?.id ?? '',
    kind: 'follow_up',
    status: 'open',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    counts: { parents: 30, professionals: 12 },
    targets: { C1: 2.4, C5: 1.6 },
    seed: 7,
  });
  // Closing stores the location's overview row and seals the round (decision 0003).
  expect((await admin.send('POST', `/api/rounds/${roundId}/transition`, { to: 'closed' })).status).toBe(200);
  await admin.send('POST', '/api/session/login', { email: admin.email, password: 'niet het wachtwoord' });
  const invited = await admin.send('POST', '/api/users', {
    email: 'nieuw@example.nl',
    name: 'Nieuwe collega',
    role: 'researcher',
    scope: { organisationIds: [organisation?.id ?? ''], ikcIds: [], locationIds: [] },
  });
  expect(invited.status, await invited.clone().text()).toBe(201);
  await recordAudit(
    db.sql,
    undefined,
    'test.note',
    { type: 'round', id: roundId },
    { line: 'met "aanhalingstekens" \\ en\nregels' },
  );
  const [visitForm] = catalog.all.filter((f) => f.perspective === 'mystery-guest');
  await db.sql`insert into visits (id, round_id, instrument_key, instrument_version, answers, visited_on)
               values (${randomUUID()}, ${roundId}, ${visitForm?.key ?? 'mg-phone'}, ${visitForm?.version ?? 1},
                       ${db.sql.json({ note: 'emoji 🙂 en \u00e9' })}, '2026-11-20')`;
  await db.sql`insert into access_codes (code, round_id, audience, batch) values ('ABCD2345', ${roundId}, 'parents', 1)`;
  const [response] = await db.sql<{ id: string }[]>`select id from responses where round_id = ${roundId} limit 1`;
  await db.sql`insert into open_answer_reviews (response_id, question, decision, redacted)
               values (${response?.id ?? ''}, 'open_change', 'hidden', null)`;
  await db.sql`insert into link_traffic (link_id, minute, new_responses, shard)
               values (${links.parents ?? ''}, '2026-11-23T10:59:00Z', 3, 2)`;
  const [plan] = await db.sql<{ id: string }[]>`
    insert into plans (location_id, round_id, title, library_version) values (${location?.id ?? ''}, ${roundId}, 'Plan', 1)
    returning id`;
  const [goal] = await db.sql<{ id: string }[]>`
    insert into plan_goals (plan_id, criterion, ambition) values (${plan?.id ?? ''}, 'C5', 3) returning id`;
  const [action] = await db.sql<{ id: string }[]>`
    insert into plan_actions (goal_id, title, starts_on) values (${goal?.id ?? ''}, 'Startgesprek', '2026-12-01') returning id`;
  await db.sql`insert into plan_updates (plan_id, action_id, to_status, note)
               values (${plan?.id ?? ''}, ${action?.id ?? ''}, 'in_progress', 'begonnen')`;
}

async function everyReport(db: Database) {
  const deps = { sql: db.sql, catalog, now: clock.now, logger: silentLogger };
  const rounds = await db.sql<{ id: string }[]>`select id from rounds order by id`;
  return Promise.all(rounds.map(async (r) => [r.id, await buildRoundReport(deps, r.id)] as const));
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'driehoek-backup-'));
  source = await openTestDatabase();
  await seedEverything(source);
});
afterAll(async () => {
  await source?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a backup restored into an empty database', () => {
  it('holds every row of every table and gives every report exactly as before', async () => {
    const file = join(folder, 'round-trip.backup.gz');
    const manifest = await dumpDatabase(source.sql, file, { reason: 'command', database: 'embedded', now: clock.now });
    const before = await fingerprintTables(source.sql);
    const filled = Object.entries(before).filter(([, f]) => !f.startsWith('0:'));
    expect(filled.length, JSON.stringify(before)).toBeGreaterThanOrEqual(20);
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([name, f]) => [name, Number(f.split(':')[0])])),
    );

    const target = await openEmptyTestDatabase();
    try {
      const result = await restoreDatabase(target.sql, file);
      expect(result.migrated).toEqual([]);
      expect(await fingerprintTables(target.sql)).toEqual(before);
      expect(await readSequences(target.sql as Sql)).toEqual(await readSequences(source.sql));
      expect(await everyReport(target)).toEqual(await everyReport(source));
    } finally {
      await target.close();
    }
  });
});
