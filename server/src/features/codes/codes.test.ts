import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan, firstChoiceAnswer } from '../../test-support/fixtures';
import { errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';
import { LINK_CODE_WINDOW } from './code-attempts';
import { insertCodeBatch } from './queries';

let db: Database;
let app: ReturnType<typeof testApp>;
const answer = firstChoiceAnswer();

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, undefined, { linkRatePerMinute: 3 });
});
afterAll(() => db?.close());

/** A round with single-use codes and `count` fresh codes for parents. */
async function codedRound(name: string, count = 6) {
  const scan = await createScan(db.sql, { name });
  await db.sql`update rounds set single_use_codes = true where id = ${scan.roundId}`;
  const { codes } = await insertCodeBatch(db.sql, scan.roundId, 'parents', count);
  return { ...scan, linkId: scan.links.parents ?? '', codes };
}

const address = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

const save = (
  linkId: string,
  body: { code?: string; complete: boolean; answers?: Record<string, unknown> },
  id: string = randomUUID(),
  from?: string,
) =>
  app.request(
    `/api/responses/${id}`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ linkId, locale: 'nl', answers: body.answers ?? { [answer.name]: answer.value }, ...body }),
    },
    from ? address(from) : undefined,
  );

describe('a used code and its answers', () => {
  it('share no transaction id: the xmin join finds nothing, and every code of the round carries the same one', async () => {
    const round = await codedRound('Xmin');
    const ids: string[] = [];
    for (const code of round.codes.slice(0, 3)) {
      const id = randomUUID();
      expect((await save(round.linkId, { code, complete: false }, id)).status).toBe(200);
      expect((await save(round.linkId, { code, complete: true }, id)).status).toBe(200);
      ids.push(id);
    }
    const joined = await db.sql`
      select c.code, r.id from access_codes c join responses r on r.xmin::text = c.xmin::text
       where c.round_id = ${round.roundId} and r.round_id = ${round.roundId}`;
    expect(joined).toEqual([]);
    const stamps = await db.sql<{ xmin: string; used: boolean }[]>`
      select xmin::text as xmin, used from access_codes where round_id = ${round.roundId}`;
    expect(stamps.filter((s) => s.used)).toHaveLength(3);
    expect(new Set(stamps.map((s) => s.xmin)).size).toBe(1);
    const [pointers] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from access_codes where round_id = ${round.roundId} and resume_response_id is not null`;
    expect(pointers?.n).toBe(0);
    expect(ids).toHaveLength(3);
  });

  it('cannot be dated through transaction ids or per-minute counts once the round is closed', async () => {
    const round = await codedRound('Sluiten');
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: round.organisationId });
    for (const [i, code] of round.codes.slice(0, 3).entries()) {
      expect((await save(round.linkId, { code, complete: true })).status).toBe(200);
      // Staff actions between answers leave timestamped audit rows whose xmin would bracket each answer's.
      await researcher.send('PATCH', `/api/rounds/${round.roundId}/dates`, {
        opensOn: '2026-11-01',
        closesOn: `2026-12-2${i}`,
      });
    }
    const bracket = () => db.sql<{ n: number }[]>`
      select count(distinct a.id)::int as n from audit_log a, responses r
       where r.round_id = ${round.roundId} and a.action = 'round.dates'
         and a.xmin::text::bigint > (select min(xmin::text::bigint) from responses where round_id = ${round.roundId})
         and a.xmin::text::bigint < (select max(xmin::text::bigint) from responses where round_id = ${round.roundId})`;
    // Before closing, the audit rows fall between the answers' transaction ids: they date the answers.
    expect((await bracket())[0]?.n).toBeGreaterThan(0);
    // The monitor writes this process's per-minute counts first.
    expect((await researcher.send('GET', `/api/rounds/${round.roundId}/monitor`)).status).toBe(200);
    const [minutes] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from link_traffic where link_id = ${round.linkId}`;
    expect(minutes?.n).toBeGreaterThan(0);
    const close = await researcher.send('POST', `/api/rounds/${round.roundId}/transition`, { to: 'closed' });
    expect(close.status).toBe(200);
    expect((await bracket())[0]?.n).toBe(0);
    const [stamps] = await db.sql<{ responses: number; codes: number; traffic: number }[]>`
      select (select count(distinct xmin::text) from responses where round_id = ${round.roundId})::int as responses,
             (select count(distinct xmin::text) from access_codes where round_id = ${round.roundId})::int as codes,
             (select count(*) from link_traffic where link_id = ${round.linkId})::int as traffic`;
    expect(stamps).toEqual({ responses: 1, codes: 1, traffic: 0 });
  });
});

describe('guessing codes', () => {
  it('stops a client after ten bad codes, while another client’s right code still works', async () => {
    const round = await codedRound('Raden');
    for (let i = 0; i < 10; i++) {
      const res = await app.request(`/api/links/${round.linkId}/codes/AAAAAAA${i + 2}`, {}, address('203.0.113.1'));
      expect(res.status).toBe(400);
    }
    const stopped = await app.request(`/api/links/${round.linkId}/codes/${round.codes[0]}`, {}, address('203.0.113.1'));
    expect(stopped.status).toBe(429);
    const other = await app.request(`/api/links/${round.linkId}/codes/${round.codes[0]}`, {}, address('203.0.113.2'));
    expect(other.status).toBe(200);
  });

  it('holds up only clients that already typed a bad code once the link has taken its share of bad codes', async () => {
    const round = await codedRound('Verdeeld');
    // A guesser spread over many addresses, one guess each.
    for (let i = 0; i < LINK_CODE_WINDOW.limit; i++) {
      const res = await app.request(
        `/api/links/${round.linkId}/codes/BBBBBBB${(i % 8) + 2}`,
        {},
        address(`10.9.${i}.1`),
      );
      expect(res.status).toBe(400);
    }
    const guesser = await app.request(`/api/links/${round.linkId}/codes/CCCCCCCC`, {}, address('10.9.0.1'));
    expect(guesser.status).toBe(429);
    const parent = await app.request(`/api/links/${round.linkId}/codes/${round.codes[1]}`, {}, address('10.8.0.1'));
    expect(parent.status).toBe(200);
    expect((await save(round.linkId, { code: round.codes[1], complete: true }, randomUUID(), '10.8.0.1')).status).toBe(
      200,
    );
  });

  it('does not spend the link’s budget for new responses on bad codes', async () => {
    // This app admits 3 new responses per link per minute.
    const round = await codedRound('Budget');
    for (let i = 0; i < 5; i++) {
      const res = await save(round.linkId, { code: `DDDDDDD${i + 2}`, complete: true }, randomUUID(), `10.7.${i}.1`);
      expect(res.status).toBe(400);
    }
    for (const code of round.codes.slice(0, 3))
      expect((await save(round.linkId, { code, complete: true }, randomUUID(), '10.6.0.1')).status).toBe(200);
  });
});

describe('a partial response saved with a code', () => {
  it('cannot be overwritten by someone who learns its response id and has a code of their own', async () => {
    const round = await codedRound('Kapen');
    const [mine = '', theirs = ''] = round.codes;
    const id = randomUUID();
    expect((await save(round.linkId, { code: mine, complete: false }, id)).status).toBe(200);
    const hijack = await save(
      round.linkId,
      { code: theirs, complete: true, answers: { [answer.name]: answer.other } },
      id,
    );
    expect(hijack.status).toBe(409);
    expect((await errorOf(hijack)).field).toBe('code');
    const [stored] = await db.sql<{ answers: Record<string, unknown>; status: string }[]>`
      select answers, status from responses where id = ${id}`;
    expect(stored).toEqual({ answers: { [answer.name]: answer.value }, status: 'partial' });
    const [code] = await db.sql<{ used: boolean; resume: string | null }[]>`
      select used, resume_response_id as resume from access_codes where code = ${theirs}`;
    expect(code).toEqual({ used: false, resume: null });
    expect((await save(round.linkId, { code: mine, complete: true }, id)).status).toBe(200);
  });
});
