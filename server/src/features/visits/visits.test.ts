import { VisitSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
const VisitListSchema = z.object({ items: z.array(VisitSchema) });

/** A published mystery-guest form. None at all is a bug in surveys/, so the tests fail, never skip. */
function mysteryGuestForm(): { key: string; version: number } {
  const form = loadInstruments().all.find((f) => f.perspective === 'mystery-guest');
  if (!form) throw new Error('surveys/ has no mystery-guest form');
  return { key: form.key, version: form.version };
}

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

describe('mystery-guest visits', () => {
  it('sync exactly once by their client id, can be edited until the round closes, several per touchpoint', async () => {
    const scan = await createScan(db.sql, { name: 'Bezoek' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const instrument = mysteryGuestForm();
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

  it('take the email form’s sending and reply times as date and time, and refuse a time that does not exist', async () => {
    const scan = await createScan(db.sql, { name: 'E-mailtijden' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const save = (answers: Record<string, unknown>) =>
      researcher.send('PUT', `/api/visits/${crypto.randomUUID()}`, {
        roundId: scan.roundId,
        instrument: { key: 'mg-email', version: 2 },
        visitedOn: '2026-11-20',
        answers,
      });
    expect((await save({ e_sent_at: '2026-11-20T09:15', e_replied_at: '2026-11-24T16:40' })).status).toBe(201);
    expect((await errorOf(await save({ e_sent_at: '2026-11-20T25:00' }))).field).toBe('e_sent_at');
    expect((await errorOf(await save({ e_replied_at: '2026-02-30T10:00' }))).field).toBe('e_replied_at');
    expect((await errorOf(await save({ e_sent_at: '20-11-2026 09:15' }))).field).toBe('e_sent_at');
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
  describe('deleting a visit', () => {
    /** A scan with one recorded visit, and the researcher who recorded it. */
    async function recordedVisit(name: string) {
      const scan = await createScan(db.sql, { name });
      const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
      const id = crypto.randomUUID();
      const saved = await researcher.send('PUT', `/api/visits/${id}`, {
        roundId: scan.roundId,
        instrument: mysteryGuestForm(),
        visitedOn: '2026-11-20',
        answers: {},
      });
      expect(saved.status).toBe(201);
      return { scan, researcher, id };
    }
    const visitIds = async (agent: Awaited<ReturnType<typeof staffAgent>>, roundId: string) =>
      (await bodyOf(await agent.send('GET', `/api/visits?roundId=${roundId}`), VisitListSchema)).items.map((v) => v.id);

    it('removes the visit while the round is open, and records who did it in the audit log', async () => {
      const { scan, researcher, id } = await recordedVisit('Wissen');
      expect(await visitIds(researcher, scan.roundId)).toEqual([id]);

      const res = await researcher.send('DELETE', `/api/visits/${id}`);
      expect(res.status).toBe(204);
      expect(await visitIds(researcher, scan.roundId)).toEqual([]);
      const [entry] = await db.sql<{ action: string; userId: string }[]>`
        select action, user_id as "userId" from audit_log where target_id = ${id} and action = 'visit.delete'`;
      expect(entry).toEqual({ action: 'visit.delete', userId: researcher.id });
      // Gone is gone: a second delete finds nothing.
      expect((await researcher.send('DELETE', `/api/visits/${id}`)).status).toBe(404);
    });

    it('refuses with 409 once the round is closed, and keeps the visit', async () => {
      const { scan, researcher, id } = await recordedVisit('Gesloten wissen');
      await db.sql`update rounds set status = 'closed' where id = ${scan.roundId}`;

      const res = await researcher.send('DELETE', `/api/visits/${id}`);
      expect(res.status).toBe(409);
      expect((await errorOf(res)).field).toBe('roundId');
      expect(await visitIds(researcher, scan.roundId)).toEqual([id]);
    });

    it('answers 404 to a researcher of another organisation, and keeps the visit', async () => {
      const { scan, researcher, id } = await recordedVisit('Andermans bezoek');
      const elsewhere = await createScan(db.sql, { name: 'Elders' });
      const outsider = await staffAgent(app, db.sql, 'researcher', { organisationId: elsewhere.organisationId });

      const res = await outsider.send('DELETE', `/api/visits/${id}`);
      expect(res.status).toBe(404);
      expect(await visitIds(researcher, scan.roundId)).toEqual([id]);
    });

    it('refuses an IKC user with 403: visits are the researchers’ work', async () => {
      const { scan, researcher, id } = await recordedVisit('IKC wist niet');
      const ikcUser = await staffAgent(app, db.sql, 'ikc', { ikcId: scan.ikcId });

      expect((await ikcUser.send('DELETE', `/api/visits/${id}`)).status).toBe(403);
      expect(await visitIds(researcher, scan.roundId)).toEqual([id]);
    });
  });
});
