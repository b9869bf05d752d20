import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

// Someone else's visit must answer exactly like no visit: its existence is not the user's business.
let db: Database;
let app: ReturnType<typeof testApp>;
let mine: Awaited<ReturnType<typeof createScan>>;
let theirs: Awaited<ReturnType<typeof createScan>>;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let theirVisit: string;

const visit = (roundId: string) => ({
  roundId,
  instrument: { key: 'mg-phone', version: 1 },
  visitedOn: '2026-11-20',
  answers: {},
});

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  mine = await createScan(db.sql, { name: 'Mijn' });
  theirs = await createScan(db.sql, { name: 'Hun' });
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: mine.organisationId });
  const other = await staffAgent(app, db.sql, 'researcher', { organisationId: theirs.organisationId });
  theirVisit = randomUUID();
  expect((await other.send('PUT', `/api/visits/${theirVisit}`, visit(theirs.roundId))).status).toBe(201);
});
afterAll(() => db?.close());

const answer = async (res: Response) => ({ status: res.status, body: await res.text() });

describe('another organisation’s visit', () => {
  it('is deleted like no visit: the same status and body', async () => {
    const other = await answer(await researcher.send('DELETE', `/api/visits/${theirVisit}`));
    const none = await answer(await researcher.send('DELETE', `/api/visits/${randomUUID()}`));
    expect(other).toEqual(none);
    expect(other.status).toBe(404);
    const [left] = await db.sql<{ n: number }[]>`select count(*)::int as n from visits where id = ${theirVisit}`;
    expect(left?.n).toBe(1);
  });

  it('answers a save under its id like the id of one of the user’s own visits in another round', async () => {
    const secondRound = await createScan(db.sql, { name: 'Mijn tweede' });
    await db.sql`update locations set ikc_id = ${mine.ikcId} where id = ${secondRound.locationId}`;
    const own = randomUUID();
    expect((await researcher.send('PUT', `/api/visits/${own}`, visit(mine.roundId))).status).toBe(201);
    const taken = await answer(await researcher.send('PUT', `/api/visits/${own}`, visit(secondRound.roundId)));
    const foreign = await answer(await researcher.send('PUT', `/api/visits/${theirVisit}`, visit(mine.roundId)));
    expect(foreign).toEqual(taken);
    expect(foreign.status).toBe(409);
    const [row] = await db.sql<
      { roundId: string }[]
    >`select round_id as "roundId" from visits where id = ${theirVisit}`;
    expect(row?.roundId).toBe(theirs.roundId);
  });
});
