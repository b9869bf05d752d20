import { DoubleCodingListSchema, DoubleCodingSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

const PHONE = { key: 'mg-phone', version: 2 };
const YES = {
  ph_answered: 'yes',
  ph_names: 'yes',
  ph_asks_through: 'yes',
  ph_asks_child: 'yes',
  ph_answer_or_who: 'yes',
  ph_rule_named: 'yes',
  ph_next_step: 'yes',
};

/** An open round with one phone call coded by two raters who differ on two ticks. */
async function codedTwice(name: string) {
  const scan = await createScan(db.sql, { name });
  const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
  const save = (id: string, answers: Record<string, unknown>) =>
    researcher.send('PUT', `/api/visits/${id}`, {
      roundId: scan.roundId,
      instrument: PHONE,
      visitedOn: '2026-11-20',
      answers,
    });
  const first = crypto.randomUUID();
  const second = crypto.randomUUID();
  const context = { mg_time: '10:00', mg_scenario: 'standard', mg_visit_code: 'B-7' };
  expect((await save(first, { ...context, mg_rater: 'MG-01', ...YES })).status).toBe(201);
  expect(
    (
      await save(second, {
        ...context,
        mg_visit_code: ' b-7',
        mg_rater: 'MG-02',
        ...YES,
        ph_names: 'no',
        ph_next_step: 'dk',
      })
    ).status,
  ).toBe(201);
  const list = async () =>
    (
      await bodyOf(
        await researcher.send('GET', `/api/visits/double-codings?roundId=${scan.roundId}`),
        DoubleCodingListSchema,
      )
    ).items;
  return { scan, researcher, save, first, second, context, list };
}

describe('double-coded mystery-guest visits', () => {
  it('pair two codings with the same code into one visit with kappa and the ticks they disagree on', async () => {
    const { first, second, list } = await codedTwice('Dubbel');
    const [pair, ...rest] = await list();
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({
      instrument: PHONE,
      visitCode: 'B-7',
      state: 'open',
      kappaMin: 0.6,
      settledBy: null,
      disagreements: [
        { item: 'ph_names', answers: ['yes', 'no'], decision: null },
        { item: 'ph_next_step', answers: ['yes', 'dk'], decision: null },
      ],
    });
    expect(pair?.codings.map((c) => [c.visitId, c.rater])).toEqual([
      [first, 'MG-01'],
      [second, 'MG-02'],
    ]);
    expect(pair?.kappa.ticks).toBe(6);
  });

  it('store the settlement, audit it, and ask to settle again when a coding changes afterwards', async () => {
    const { scan, researcher, save, second, context, list } = await codedTwice('Beslissen');
    const settle = (answers: Record<string, unknown>, visitCode = 'b-7 ') =>
      researcher.send('POST', '/api/visits/settlements', {
        roundId: scan.roundId,
        instrumentKey: 'mg-phone',
        visitCode,
        answers,
      });
    expect((await errorOf(await settle({ ph_names: 'yes' }))).field).toBe('answers.ph_next_step');
    expect((await errorOf(await settle({ ph_names: 'yes', ph_next_step: 'wellicht' }))).field).toBe(
      'answers.ph_next_step',
    );
    expect((await errorOf(await settle({ ph_names: 'yes' }, 'B-8'))).field).toBe('visitCode');

    const done = await bodyOf(await settle({ ph_names: 'partly', ph_next_step: 'yes' }), DoubleCodingSchema);
    expect(done.state).toBe('settled');
    expect(done.settledBy).toBe(researcher.email);
    expect(done.disagreements.map((d) => d.decision)).toEqual(['partly', 'yes']);
    const [audit] = await db.sql<{ action: string; details: Record<string, unknown> }[]>`
      select action, details from audit_log where action = 'visit.settle' and target_id = ${scan.roundId}`;
    expect(audit?.details).toEqual({
      touchpoint: 'mg-phone',
      visitCode: 'B-7',
      decisions: { ph_names: 'partly', ph_next_step: 'yes' },
    });

    // The second rater changes another tick: that disagreement has no decision yet.
    await save(second, {
      ...context,
      mg_rater: 'MG-02',
      ...YES,
      ph_names: 'no',
      ph_next_step: 'dk',
      ph_answered: 'no',
    });
    const [changed] = await list();
    expect(changed?.state).toBe('changed');
    expect(changed?.disagreements.find((d) => d.item === 'ph_answered')?.decision).toBeNull();
  });

  it('answer 404 outside the scope and 403 to an IKC user', async () => {
    const { scan } = await codedTwice('Buiten');
    const other = await createScan(db.sql, { name: 'Ander' });
    const outsider = await staffAgent(app, db.sql, 'researcher', { organisationId: other.organisationId });
    const ikc = await staffAgent(app, db.sql, 'ikc', { ikcId: scan.ikcId });
    const body = { roundId: scan.roundId, instrumentKey: 'mg-phone', visitCode: 'B-7', answers: {} };
    expect((await outsider.send('GET', `/api/visits/double-codings?roundId=${scan.roundId}`)).status).toBe(404);
    expect((await outsider.send('POST', '/api/visits/settlements', body)).status).toBe(404);
    expect((await ikc.send('POST', '/api/visits/settlements', body)).status).toBe(403);
  });
});
