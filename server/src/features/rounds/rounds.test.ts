import { RoundMonitorSchema, RoundSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan, firstChoiceAnswer } from '../../test-support/fixtures';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
const clock = testClock();
let app: ReturnType<typeof testApp>;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let scan: Awaited<ReturnType<typeof createScan>>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock, { graceMinutes: 60, linkRatePerMinute: 5 });
  scan = await createScan(db.sql, { name: 'Rondes' });
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
});
afterAll(() => db?.close());

const newRound = async (extra: Record<string, unknown> = {}) => {
  const res = await researcher.send('POST', '/api/rounds', {
    locationId: scan.locationId,
    kind: 'baseline',
    opensOn: '2026-11-20',
    closesOn: '2026-12-20',
    instruments: { parents: { key: 'parents', version: 1 } },
    ...extra,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return bodyOf(res, RoundSchema);
};
const save = (linkId: string, id: string, complete: boolean, code?: string) =>
  app.request(`/api/responses/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ linkId, locale: 'nl', answers: {}, complete, ...(code ? { code } : {}) }),
  });

describe('scan rounds', () => {
  it('list paged and searched on the server, by round or location name', async () => {
    for (const name of ['Zoekronde A', 'Zoekronde B', 'Zoekronde C']) await newRound({ name });
    const page = async (query: string) => {
      const res = await researcher.send('GET', `/api/rounds?${query}`);
      expect(res.status).toBe(200);
      return (await res.json()) as { items: { name: string | null }[]; total: number; page: number };
    };
    const first = await page('q=zoekronde&pageSize=2');
    const second = await page('q=zoekronde&pageSize=2&page=2');
    expect([first.total, first.items.length, second.items.length]).toEqual([3, 2, 1]);
    expect(new Set([...first.items, ...second.items].map((r) => r.name))).toEqual(
      new Set(['Zoekronde A', 'Zoekronde B', 'Zoekronde C']),
    );
    expect((await page('q=Rondes')).total).toBeGreaterThanOrEqual(3);
    expect((await page('q=bestaat-niet')).total).toBe(0);
    expect((await researcher.send('GET', '/api/rounds?pageSize=500')).status).toBe(400);
  });

  it('start as a draft with pinned versions and a link per audience', async () => {
    const round = await newRound();
    expect(round).toMatchObject({
      status: 'draft',
      kind: 'baseline',
      links: [{ audience: 'parents', instrument: { key: 'parents', version: 1 } }],
    });
  });

  it('refuse a questionnaire version that is not published, naming the audience', async () => {
    const res = await researcher.send('POST', '/api/rounds', {
      locationId: scan.locationId,
      kind: 'baseline',
      opensOn: '2026-11-20',
      closesOn: '2026-12-20',
      instruments: { parents: { key: 'parents', version: 99 } },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).field).toBe('instruments.parents');
  });

  it('refuse a closing date before the opening date', async () => {
    const res = await researcher.send('POST', '/api/rounds', {
      locationId: scan.locationId,
      kind: 'baseline',
      opensOn: '2026-12-20',
      closesOn: '2026-11-20',
      instruments: { parents: { key: 'parents', version: 1 } },
    });
    expect((await errorOf(res)).field).toBe('closesOn');
  });

  it('move draft → open → closed, refuse skipping a step, and leave publishing to the report, with a reason', async () => {
    const round = await newRound();
    const go = (to: string) => researcher.send('POST', `/api/rounds/${round.id}/transition`, { to });
    const skip = await go('closed');
    expect(skip.status).toBe(409);
    expect((await errorOf(skip)).message).toContain('kan alleen naar open');
    for (const to of ['open', 'closed']) expect((await go(to)).status).toBe(200);
    const publish = await go('reported');
    expect(publish.status).toBe(409);
    expect((await errorOf(publish)).message).toContain('onder Rapport');
    expect((await researcher.send('POST', `/api/reports/${round.id}/publish`)).status).toBe(200);
    const back = await go('closed');
    expect(back.status).toBe(409);
    expect((await errorOf(back)).message).toContain('trek eerst de publicatie');
    const audit = await db.sql`select action, details from audit_log where target_id = ${round.id} order by id`;
    expect(audit.map((a) => a.action)).toEqual([
      'round.create',
      'round.transition',
      'round.transition',
      'round.transition',
      'report.publish',
    ]);
  });

  it('only let an open round move its closing date', async () => {
    const round = await newRound();
    await researcher.send('POST', `/api/rounds/${round.id}/transition`, { to: 'open' });
    const moveOpen = await researcher.send('PATCH', `/api/rounds/${round.id}/dates`, {
      opensOn: '2026-11-21',
      closesOn: '2026-12-20',
    });
    expect((await errorOf(moveOpen)).field).toBe('opensOn');
    const extend = await researcher.send('PATCH', `/api/rounds/${round.id}/dates`, {
      opensOn: '2026-11-20',
      closesOn: '2026-12-31',
    });
    expect((await bodyOf(extend, RoundSchema)).closesOn).toBe('2026-12-31');
  });

  it('let someone who was answering finish within the grace period after a close, but nobody new', async () => {
    const round = await newRound();
    await researcher.send('POST', `/api/rounds/${round.id}/transition`, { to: 'open' });
    const linkId = round.links[0]?.linkId ?? '';
    const answering = crypto.randomUUID();
    expect((await save(linkId, answering, false)).status).toBe(200);
    await researcher.send('POST', `/api/rounds/${round.id}/transition`, { to: 'closed' });

    clock.set('2026-11-23T11:30:00Z');
    const view = await app.request(`/api/links/${linkId}`);
    expect(((await view.json()) as { graceUntil?: string }).graceUntil).toBe('2026-11-23T12:00:00.000Z');
    expect((await save(linkId, answering, true)).status).toBe(200);
    const newcomer = await save(linkId, crypto.randomUUID(), true);
    expect(newcomer.status).toBe(410);

    clock.set('2026-11-23T12:00:00Z');
    expect((await app.request(`/api/links/${linkId}`)).status).toBe(410);
    clock.set('2026-11-23T11:00:00Z');
  });

  it('limit new responses per link per minute, and flag the peak for the researcher', async () => {
    const round = await newRound();
    await researcher.send('POST', `/api/rounds/${round.id}/transition`, { to: 'open' });
    const linkId = round.links[0]?.linkId ?? '';
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await save(linkId, crypto.randomUUID(), true)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await save(linkId, crypto.randomUUID(), true);
    expect((await errorOf(limited)).code).toBe('rate_limited');
    clock.set('2026-11-23T11:01:00Z');
    expect((await save(linkId, crypto.randomUUID(), true)).status).toBe(200);
    clock.set('2026-11-23T11:00:00Z');

    const monitor = await bodyOf(await researcher.send('GET', `/api/rounds/${round.id}/monitor`), RoundMonitorSchema);
    expect(monitor.audiences[0]).toMatchObject({ audience: 'parents', complete: 6, partial: 0 });
    expect(monitor.audiences[0]?.perDay).toEqual([{ date: '2026-11-23', complete: 6, partial: 0 }]);
  });

  it('count partial and complete apart, with the response rate against the families', async () => {
    const round = await newRound();
    await researcher.send('POST', `/api/rounds/${round.id}/transition`, { to: 'open' });
    const linkId = round.links[0]?.linkId ?? '';
    const q = firstChoiceAnswer();
    await app.request(`/api/responses/${crypto.randomUUID()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ linkId, locale: 'nl', answers: { [q.name]: q.value }, complete: true }),
    });
    await save(linkId, crypto.randomUUID(), false);
    const monitor = await bodyOf(await researcher.send('GET', `/api/rounds/${round.id}/monitor`), RoundMonitorSchema);
    expect(monitor.audiences[0]).toMatchObject({
      complete: 1,
      partial: 1,
      denominator: 100,
      responseRate: 0.01,
      flags: [],
    });
  });
});

describe('counts for the IKC team and the municipality', () => {
  it('hide a group below the minimum size, in the round monitor and in the overview monitor', async () => {
    const round = await newRound();
    await researcher.send('POST', `/api/rounds/${round.id}/transition`, { to: 'open' });
    const linkId = round.links[0]?.linkId ?? '';
    for (let i = 0; i < 3; i++) await save(linkId, crypto.randomUUID(), true);
    const ikc = await staffAgent(app, db.sql, 'ikc', { ikcId: scan.ikcId });
    const own = await bodyOf(await ikc.send('GET', `/api/rounds/${round.id}/monitor`), RoundMonitorSchema);
    expect(own.audiences[0]).toMatchObject({ complete: null, partial: null, responseRate: null, perDay: [] });
    const all = (await (await ikc.send('GET', '/api/monitor')).json()) as {
      rows: { linkId: string; complete: number | null }[];
    };
    expect(all.rows.find((r) => r.linkId === linkId)?.complete).toBeNull();
    const mine = await bodyOf(await researcher.send('GET', `/api/rounds/${round.id}/monitor`), RoundMonitorSchema);
    expect(mine.audiences[0]?.complete).toBe(3);

    for (let i = 0; i < 2; i++) await save(linkId, crypto.randomUUID(), true);
    const shown = await bodyOf(await ikc.send('GET', `/api/rounds/${round.id}/monitor`), RoundMonitorSchema);
    expect(shown.audiences[0]?.complete).toBe(5);
  });
});

describe('single-use codes', () => {
  it('work once, resume on another device while answering, and are then forgotten', async () => {
    const round = await newRound({ singleUseCodes: true });
    await researcher.send('POST', `/api/rounds/${round.id}/transition`, { to: 'open' });
    const linkId = round.links[0]?.linkId ?? '';
    const batch = (await (
      await researcher.send('POST', `/api/codes/${round.id}`, { audience: 'parents', count: 3 })
    ).json()) as {
      batch: number;
      codes: string[];
    };
    expect(batch.codes).toHaveLength(3);
    const [code = ''] = batch.codes;

    const without = await save(linkId, crypto.randomUUID(), false);
    expect((await errorOf(without)).field).toBe('code');
    const wrong = await save(linkId, crypto.randomUUID(), false, 'AAAAAAAA');
    expect((await errorOf(wrong)).message).toContain('kennen we niet');

    const phone = crypto.randomUUID();
    expect((await save(linkId, phone, false, code.toLowerCase())).status).toBe(200);
    const resume = await app.request(`/api/links/${linkId}/codes/${code}`);
    expect(await resume.json()).toMatchObject({ state: 'in_progress', responseId: phone });
    const thief = await save(linkId, crypto.randomUUID(), false, code);
    expect(thief.status).toBe(409);

    expect((await save(linkId, phone, true, code)).status).toBe(200);
    const again = await app.request(`/api/links/${linkId}/codes/${code}`);
    expect((await errorOf(again)).message).toContain('al gebruikt');
    const [row] = await db.sql`select used, resume_response_id from access_codes where code = ${code}`;
    expect(row).toEqual({ used: true, resume_response_id: null });

    const csv = await researcher.send('GET', `/api/codes/${round.id}/codes.csv?batch=${batch.batch}`);
    expect(await csv.text()).toContain(`${code};ouders;${batch.batch};ja;`);
    const sheet = await (await researcher.send('GET', `/api/codes/${round.id}/sheet`)).text();
    expect(sheet).toContain('<svg');
    expect(sheet).not.toContain(code);
  });
});
