import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan, firstChoiceAnswer } from '../../test-support/fixtures';
import { errorOf } from '../../test-support/http';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
const clock = testClock();
let linkId: string;
const q = firstChoiceAnswer();

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  const scan = await createScan(db.sql);
  linkId = scan.links.parents ?? '';
});
afterAll(() => db?.close());

const put = (id: string, body: unknown) =>
  app.request(`/api/responses/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const countRows = async (id: string) =>
  (await db.sql<{ n: number }[]>`select count(*)::int as n from responses where id = ${id}`)[0]?.n;

describe('saving a response', () => {
  it('stores a partial response, then completes it, keeping one row', async () => {
    const id = randomUUID();
    const partial = await put(id, { linkId, locale: 'nl', answers: { [q.name]: q.value }, complete: false });
    expect(partial.status).toBe(200);
    expect(await partial.json()).toEqual({ responseId: id, status: 'partial', changed: true });
    const done = await put(id, { linkId, locale: 'nl', answers: { [q.name]: q.other }, complete: true });
    expect(await done.json()).toEqual({ responseId: id, status: 'complete', changed: true });
    const [row] = await db.sql`select status, answers, received_on from responses where id = ${id}`;
    expect(row?.status).toBe('complete');
    expect(row?.answers).toEqual({ [q.name]: q.other });
    expect(row?.received_on).toBe('2026-11-23');
  });

  it('stores the same response id only once, however often it is sent', async () => {
    const id = randomUUID();
    const body = { linkId, locale: 'nl', answers: { [q.name]: q.value }, complete: true };
    const replies = await Promise.all(Array.from({ length: 8 }, () => put(id, body)));
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(await countRows(id)).toBe(1);
    const again = await put(id, { ...body, answers: { [q.name]: q.other } });
    expect(await again.json()).toEqual({ responseId: id, status: 'complete', changed: false });
    const [row] = await db.sql`select answers from responses where id = ${id}`;
    expect(row?.answers).toEqual({ [q.name]: q.value });
  });

  it('treats an id in capitals as the same response, also when saves of both spellings meet', async () => {
    const id = randomUUID();
    const body = { linkId, locale: 'nl', answers: { [q.name]: q.value }, complete: false };
    const replies = await Promise.all([put(id.toUpperCase(), body), put(id, body), put(id.toUpperCase(), body)]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await countRows(id)).toBe(1);
    const done = await put(id.toUpperCase(), { ...body, complete: true });
    expect(((await done.json()) as { status: string }).status).toBe('complete');
  });

  it('refuses an option the question does not offer, names the question and stores nothing', async () => {
    const id = randomUUID();
    const res = await put(id, { linkId, locale: 'nl', answers: { [q.name]: 'not-an-option' }, complete: true });
    expect(res.status).toBe(400);
    const body = await errorOf(res);
    expect(body.field).toBe(q.name);
    expect(body.message).toContain('niet aangeboden');
    expect(await countRows(id)).toBe(0);
  });

  it('refuses an unknown question', async () => {
    const res = await put(randomUUID(), { linkId, locale: 'nl', answers: { bestaat_niet: 1 }, complete: false });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'validation', field: 'bestaat_niet' });
  });

  it('names the field when the body has the wrong shape', async () => {
    const res = await put(randomUUID(), { linkId, locale: 'nl', answers: {}, complete: 'ja' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).field).toBe('complete');
    const notJson = await put(randomUUID(), '{"linkId":');
    expect(await errorOf(notJson)).toMatchObject({ code: 'validation', field: 'body' });
    const badId = await put('123', { linkId, locale: 'nl', answers: {}, complete: false });
    expect((await errorOf(badId)).field).toBe('responseId');
    for (const answers of ['ja', [1, 2], null]) {
      const id = randomUUID();
      const notAnObject = await put(id, { linkId, locale: 'nl', answers, complete: true });
      expect(notAnObject.status).toBe(400);
      expect(await errorOf(notAnObject)).toMatchObject({
        field: 'answers',
        message: expect.stringMatching(/^answers: verwacht de antwoorden/),
      });
      expect(await countRows(id)).toBe(0);
    }
  });

  it('refuses a language the questionnaire does not offer', async () => {
    const res = await put(randomUUID(), { linkId, locale: 'xx', answers: {}, complete: false });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).field).toBe('locale');
  });

  it('answers 413 for an oversized body and stores nothing', async () => {
    const id = randomUUID();
    const res = await put(id, { linkId, locale: 'nl', answers: { [q.name]: 'x'.repeat(300_000) }, complete: false });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    expect(await countRows(id)).toBe(0);
  });

  it('refuses a response id that belongs to another link', async () => {
    const other = await createScan(db.sql, { name: 'Ander' });
    const id = randomUUID();
    await put(id, { linkId, locale: 'nl', answers: {}, complete: false });
    const res = await put(id, { linkId: other.links.parents, locale: 'nl', answers: {}, complete: false });
    expect(res.status).toBe(409);
  });

  it('refuses answers on a closed round with a Dutch message', async () => {
    const closed = await createScan(db.sql, { name: 'Dicht', opensOn: '2026-09-01', closesOn: '2026-10-01' });
    const res = await put(randomUUID(), { linkId: closed.links.parents, locale: 'nl', answers: {}, complete: true });
    expect(res.status).toBe(410);
    expect((await errorOf(res)).message).toContain('gesloten sinds 1 oktober 2026');
  });

  it("lets the database refuse a response whose round or audience is not its link's", async () => {
    const other = await createScan(db.sql, { name: 'Ander' });
    const row = (round: string, audience: string) => db.sql`
      insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale, answers,
                             status, received_on)
      values (${randomUUID()}, ${linkId}, ${round}, ${audience}, 'parents', 1, 'nl', '{}', 'complete', '2026-11-23')`;
    const [own] = await db.sql<{ roundId: string }[]>`select round_id as "roundId" from links where id = ${linkId}`;
    await expect(row(other.roundId, 'parents')).rejects.toMatchObject({ code: '23503' });
    await expect(row(own?.roundId ?? '', 'professionals')).rejects.toMatchObject({ code: '23503' });
    await expect(row(own?.roundId ?? '', 'parents')).resolves.toBeDefined();
  });

  it('keeps no time of day, IP address or user agent with a response', async () => {
    const columns = await db.sql<{ column_name: string; data_type: string }[]>`
      select column_name, data_type from information_schema.columns where table_name = 'responses'`;
    const names = columns.map((c) => c.column_name);
    expect(names).not.toEqual(expect.arrayContaining(['ip', 'ip_address', 'user_agent', 'created_at']));
    for (const c of columns) expect(c.data_type).not.toMatch(/timestamp|time /);
  });
});
