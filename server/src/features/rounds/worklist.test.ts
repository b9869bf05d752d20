import { WorklistSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { bodyOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';
import { openQuestionNames } from '../open-answers/open-questions';
import { CLOSING_WITHIN_DAYS } from './worklist';

let db: Database;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

/** The database's date plus some days, as 'YYYY-MM-DD'. */
async function inDays(days: number): Promise<string> {
  const [row] = await db.sql<{ d: string }[]>`select (current_date + ${days}::int)::text as d`;
  return row?.d ?? '';
}

describe("the researcher's worklist", () => {
  it('names rounds closing soon, open answers nobody reviewed and closed rounds to publish, in scope only', async () => {
    const closing = await createScan(db.sql, { name: 'Sluit', opensOn: await inDays(-10), closesOn: await inDays(3) });
    const later = await createScan(db.sql, { name: 'Later', opensOn: await inDays(-10), closesOn: await inDays(30) });
    const closed = await createScan(db.sql, { name: 'Dicht', status: 'closed', closesOn: await inDays(-2) });
    const elsewhere = await createScan(db.sql, { name: 'Elders', status: 'closed' });
    const researcher = await staffAgent(app, db.sql, 'researcher');
    for (const scan of [closing, later, closed]) {
      await db.sql`insert into user_scopes (user_id, organisation_id) values (${researcher.id}, ${scan.organisationId})`;
    }
    const parents = loadInstruments().get('parents', 1);
    const question = parents ? openQuestionNames(parents)[0] : undefined;
    if (!question) throw new Error('parents v1 has no open question');
    const responseId = crypto.randomUUID();
    const answer = await app.request(`/api/responses/${responseId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        linkId: closing.links.parents,
        locale: 'nl',
        answers: { [question]: 'Fijn.' },
        complete: true,
      }),
    });
    expect(answer.status).toBeLessThan(300);

    const list = await bodyOf(await researcher.send('GET', '/api/rounds/worklist'), WorklistSchema);
    expect(list.closingWithinDays).toBe(CLOSING_WITHIN_DAYS);
    expect(list.closingSoon.map((r) => r.id)).toEqual([closing.roundId]);
    expect(list.closingSoon[0]).toMatchObject({ location: 'Locatie Sluit', ikc: 'IKC Sluit', status: 'open' });
    expect(list.openAnswers.map((r) => [r.id, r.pendingOpenAnswers])).toEqual([[closing.roundId, 1]]);
    expect(list.toPublish.map((r) => r.id)).toEqual([closed.roundId]);
    expect(JSON.stringify(list)).not.toContain(elsewhere.roundId);
    expect(JSON.stringify(list)).not.toContain(later.roundId);

    // Reviewed, the answer leaves the list.
    const review = await researcher.send('PUT', `/api/open-answers/${closing.roundId}`, {
      responseId,
      question,
      decision: 'shareable',
    });
    expect(review.status).toBe(204);
    const after = await bodyOf(await researcher.send('GET', '/api/rounds/worklist'), WorklistSchema);
    expect(after.openAnswers).toEqual([]);
  });

  it('is the researcher’s: the IKC team and the municipality get 403', async () => {
    const scan = await createScan(db.sql, { name: 'Team' });
    for (const role of ['ikc', 'municipality'] as const) {
      const user = await staffAgent(app, db.sql, role, { organisationId: scan.organisationId });
      expect((await user.send('GET', '/api/rounds/worklist')).status).toBe(403);
    }
  });
});
