import { VisitSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { createScan } from '../../test-support/fixtures';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
const form = loadInstruments().all.find((f) => f.perspective === 'mystery-guest');

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

describe.skipIf(!form)('mystery-guest visits', () => {
  it('sync exactly once by their client id, can be edited until the round closes, several per touchpoint', async () => {
    const scan = await createScan(db.sql, { name: 'Bezoek' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const instrument = { key: form?.key ?? '', version: form?.version ?? 1 };
    const first = crypto.randomUUID();
    const body = { roundId: scan.roundId, instrument, visitedOn: '2026-11-20', answers: {} };
    const created = await researcher.send('PUT', `/api/visits/${first}`, body);
    expect(created.status).toBe(201);
    const retry = await researcher.send('PUT', `/api/visits/${first}`, body);
    expect(retry.status).toBe(200);
    await researcher.send('PUT', `/api/visits/${crypto.randomUUID()}`, { ...body, visitedOn: '2026-11-21' });
    const list = (await (await researcher.send('GET', `/api/visits?roundId=${scan.roundId}`)).json()) as {
      items: unknown[];
    };
    expect(list.items).toHaveLength(2);
    const edited = await researcher.send('PUT', `/api/visits/${first}`, { ...body, visitedOn: '2026-11-22' });
    expect((await bodyOf(edited, VisitSchema)).visitedOn).toBe('2026-11-22');

    const bad = await researcher.send('PUT', `/api/visits/${crypto.randomUUID()}`, { ...body, answers: { nope: 1 } });
    expect((await errorOf(bad)).field).toBe('nope');

    await db.sql`update rounds set status = 'closed' where id = ${scan.roundId}`;
    const late = await researcher.send('PUT', `/api/visits/${first}`, body);
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toContain('gesloten');
  });

  it('refuse a questionnaire that is not a mystery-guest form', async () => {
    const scan = await createScan(db.sql, { name: 'Fout' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const res = await researcher.send('PUT', `/api/visits/${crypto.randomUUID()}`, {
      roundId: scan.roundId,
      instrument: { key: 'mg-bestaat-niet', version: 1 },
      visitedOn: '2026-11-20',
      answers: {},
    });
    expect((await errorOf(res)).field).toBe('instrument');
  });
});
