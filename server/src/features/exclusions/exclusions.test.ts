import { randomUUID } from 'node:crypto';
import { ReportViewSchema, ResponseReviewSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { silentLogger } from '../../platform/logger';
import { createRandom, syntheticAnswers } from '../../seed/synthetic-answers';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { TrafficCounter } from '../responses/traffic-counter';
import { PEAK_FLAG_PER_MINUTE } from '../rounds/queries';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

// Issue 22.3: the researcher excludes a suspicious response (or a burst the monitor flagged) from scoring, with a
// reason; it stays stored and listed as excluded, can be counted in again, and a publication changes only through a
// new one, which the time-axis guard (decision 0009) holds back while the difference would give answers away.
const catalog = loadInstruments();
const parents = catalog.latest('parents');
if (!parents) throw new Error('no parents questionnaire');

let db: Database;
const clock = testClock('2026-11-23T11:00:00Z');
let app: ReturnType<typeof testApp>;
let traffic: TrafficCounter;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let team: Awaited<ReturnType<typeof staffAgent>>;
let locationId = '';
let closedRound = '';

beforeAll(async () => {
  db = await openTestDatabase();
  traffic = new TrafficCounter(db.sql, silentLogger);
  app = testApp(db, clock, { traffic });
  const organisationId = await insertOrganisation(db.sql, { name: 'Gemeente Uitsluiten', kind: 'municipality' });
  const ikcId = await insertIkc(db.sql, { organisationId, name: 'IKC Uitsluiten' });
  locationId = await insertLocation(db.sql, { ikcId, name: 'Locatie Uitsluiten', families: 60 });
  closedRound = (
    await insertSyntheticRound(db.sql, catalog, {
      locationId,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
      counts: { parents: 12 },
      targets: { C1: 1.4, C3: 2.2, C5: 2.4, C9: 2.2 },
      seed: 11,
    })
  ).roundId;
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId });
  team = await staffAgent(app, db.sql, 'ikc', { ikcId });
}, 60_000);
afterAll(() => db?.close());

const review = async (roundId: string) => {
  const res = await researcher.send('GET', `/api/exclusions/${roundId}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return ResponseReviewSchema.parse(await res.json());
};
const viewAs = async (agent: typeof team, roundId: string) => {
  const res = await agent.send('GET', `/api/reports/${roundId}`);
  expect(res.status).toBe(200);
  return ReportViewSchema.parse(await res.json());
};
/** The parents' complete responses the report counts; undefined when it shows none. */
const parentsCount = (view: Awaited<ReturnType<typeof viewAs>>) => {
  if (view.state === 'unpublished') return undefined;
  const parents = view.report.respondents.byPerspective.find((p) => p.perspective === 'parents');
  return parents && !parents.suppressed ? parents.complete : undefined;
};
const exclude = (roundId: string, responseIds: string[], reason = 'Zelfde antwoorden als elf andere.') =>
  researcher.send('POST', `/api/exclusions/${roundId}/exclude`, { responseIds, reason });
const include = (roundId: string, responseIds: string[]) =>
  researcher.send('POST', `/api/exclusions/${roundId}/include`, { responseIds, reason: 'Toch een echte ouder.' });

describe('excluding a response', () => {
  it('an excluded response no longer counts and is listed as excluded, with its reason; included again it counts', async () => {
    const before = await review(closedRound);
    expect(before.responses).toHaveLength(12);
    expect(before.responses.every((r) => r.excluded === null && r.burst === null)).toBe(true);
    expect(parentsCount(await viewAs(researcher, closedRound))).toBe(12);

    const target = before.responses[3]?.id ?? '';
    const res = await exclude(closedRound, [target]);
    expect(res.status, await res.clone().text()).toBe(200);
    const after = ResponseReviewSchema.parse(await res.json());
    const listed = after.responses.find((r) => r.id === target);
    expect(listed?.excluded).toMatchObject({ reason: 'Zelfde antwoorden als elf andere.', on: '2026-11-23' });
    // Still stored and listed: only scoring leaves it out.
    expect(after.responses).toHaveLength(12);

    const draft = await viewAs(researcher, closedRound);
    expect(parentsCount(draft)).toBe(11);
    expect(draft.state === 'draft' && draft.exclusions).toEqual([{ perspective: 'parents', count: 1 }]);
    const html = await (await researcher.send('GET', `/api/reports/${closedRound}/html`)).text();
    expect(html).toContain('Uitgesloten door de onderzoeker:');
    expect(html).toContain('1 antwoord (ouders: 1)');

    const [audit] = await db.sql<{ userId: string; details: { responseIds: string[]; reason: string } }[]>`
      select user_id as "userId", details from audit_log where action = 'response.exclude' order by id desc limit 1`;
    expect(audit).toMatchObject({
      userId: researcher.id,
      details: { responseIds: [target], reason: 'Zelfde antwoorden als elf andere.' },
    });

    expect((await include(closedRound, [target])).status).toBe(200);
    expect(parentsCount(await viewAs(researcher, closedRound))).toBe(12);
    expect((await review(closedRound)).responses.find((r) => r.id === target)?.excluded).toBeNull();
  });

  it('refuses responses of another round, an empty reason, and anyone but the research team', async () => {
    const stranger = await exclude(closedRound, [randomUUID()]);
    expect(stranger.status).toBe(400);
    expect((await errorOf(stranger)).field).toBe('responseIds');
    const { responses } = await review(closedRound);
    const bare = await exclude(closedRound, [responses[0]?.id ?? ''], ' ');
    expect(bare.status).toBe(400);
    expect((await errorOf(bare)).field).toBe('reason');
    expect((await team.send('GET', `/api/exclusions/${closedRound}`)).status).toBe(403);
  });

  it('leaves an excluded response’s open answers out of the report and out of what is still to review', async () => {
    const { responses } = await review(closedRound);
    const id = responses[5]?.id ?? '';
    await db.sql`update responses set answers = answers || '{"open_change":"UITGESLOTEN-OPEN"}'::jsonb where id = ${id}`;
    await db.sql`insert into open_answer_reviews (response_id, question, decision) values (${id}, 'open_change', 'shareable')`;
    const html = async () => (await researcher.send('GET', `/api/reports/${closedRound}/html`)).text();
    expect(await html()).toContain('UITGESLOTEN-OPEN');
    await db.sql`delete from open_answer_reviews where response_id = ${id}`;
    const pending = async () => Number.parseInt((await todo('open-answers')) ?? '0', 10);
    const before = await pending();
    expect(before).toBeGreaterThan(0);
    await exclude(closedRound, [id]);
    expect(await pending()).toBe(before - 1);
    await db.sql`insert into open_answer_reviews (response_id, question, decision) values (${id}, 'open_change', 'shareable')`;
    expect(await html()).not.toContain('UITGESLOTEN-OPEN');
    await include(closedRound, [id]);
    await db.sql`delete from open_answer_reviews where response_id = ${id}`;
  });
});

/** The text of one item of the draft's to-do list. */
async function todo(key: string) {
  const view = await viewAs(researcher, closedRound);
  return view.state === 'draft' ? view.todo.find((t) => t.key === key)?.text : undefined;
}

describe('the publication guard with exclusions', () => {
  it('keeps the publication as it was, refuses a republication a few exclusions apart and says why', async () => {
    const close = await researcher.send('PUT', `/api/reports/${closedRound}/summary`, { strengths: 'Welkom.' });
    expect(close.status).toBe(200);
    const first = await researcher.send('POST', `/api/reports/${closedRound}/publish`);
    expect(first.status, await first.clone().text()).toBe(200);
    const { responses } = await review(closedRound);
    const one = responses[0]?.id ?? '';

    expect((await exclude(closedRound, [one])).status).toBe(200);
    // The team still reads the frozen publication: all twelve.
    expect(parentsCount(await viewAs(team, closedRound))).toBe(12);
    const why = await todo('small-change');
    expect(why).toContain('Eén daarvan is een antwoord dat u hebt uitgesloten');
    expect(why).toContain('vóór de eerste publicatie');
    const again = await researcher.send('POST', `/api/reports/${closedRound}/publish`);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toContain('uitgesloten');

    // Counted in again, the draft equals the publication: nothing to publish, no guard either.
    await include(closedRound, [one]);
    const same = await researcher.send('POST', `/api/reports/${closedRound}/publish`);
    expect(same.status).toBe(409);
    expect((await errorOf(same)).message).toContain('niets veranderd');

    // Five exclusions (the minimum group size) are a difference a reader cannot take apart.
    const five = responses.slice(0, 5).map((r) => r.id);
    await exclude(closedRound, five);
    const second = await researcher.send('POST', `/api/reports/${closedRound}/publish`);
    expect(second.status, await second.clone().text()).toBe(200);
    const recorded = await db.sql<{ id: string }[]>`
      select pr.response_id::text as id from publication_responses pr join report_publications p on p.id = pr.publication_id
       where p.round_id = ${closedRound} and p.version = 2`;
    expect(recorded).toHaveLength(7);
    expect(recorded.filter((r) => five.includes(r.id))).toEqual([]);
    const published = await viewAs(team, closedRound);
    expect(parentsCount(published)).toBe(7);
    expect(published.state === 'published' && published.exclusions).toEqual([{ perspective: 'parents', count: 5 }]);
  });
});

describe('a burst the monitor flagged', () => {
  it('marks the responses of a minute with the peak, without a time, and excludes them together', async () => {
    const { roundId, links } = await insertSyntheticRound(db.sql, catalog, {
      locationId,
      kind: 'follow_up',
      status: 'open',
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      counts: { parents: 3 },
      targets: {},
      seed: 12,
    });
    const linkId = links.parents ?? '';
    const save = (id: string, seed: number) =>
      app.request(`/api/responses/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          linkId,
          locale: 'nl',
          answers: syntheticAnswers(parents, createRandom(seed), { targets: { C1: 3 } }),
          complete: true,
        }),
      });
    // One quiet minute: a few responses are no burst.
    clock.set('2026-11-23T09:00:10Z');
    for (let i = 0; i < 3; i++) expect((await save(randomUUID(), 500 + i)).status).toBe(200);
    await traffic.flush();
    // The next minute brings the monitor's peak.
    clock.set('2026-11-23T09:01:10Z');
    const flood = Array.from({ length: PEAK_FLAG_PER_MINUTE + 5 }, () => randomUUID());
    for (const [i, id] of flood.entries()) expect((await save(id, 600 + i)).status).toBe(200);
    await traffic.flush();
    clock.set('2026-11-23T11:00:00Z');

    const listed = await review(roundId);
    expect(listed.bursts).toHaveLength(1);
    const [burst] = listed.bursts;
    expect(burst).toMatchObject({ audience: 'parents', responses: flood.length, complete: flood.length, excluded: 0 });
    const marked = listed.responses.filter((r) => r.burst === burst?.id).map((r) => r.id);
    expect(marked.sort()).toEqual([...flood].sort());
    // The mark is an opaque id in a table of its own: no minute, no time anywhere beside the response.
    const columns = await db.sql<{ column: string }[]>`
      select column_name as column from information_schema.columns where table_name = 'response_bursts'
       order by ordinal_position`;
    expect(columns.map((c) => c.column)).toEqual(['response_id', 'burst']);

    const res = await researcher.send('POST', `/api/exclusions/${roundId}/bursts/${burst?.id}/exclude`, {
      reason: 'Dertig antwoorden in één minuut na een bericht in een openbare groep.',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = ResponseReviewSchema.parse(await res.json());
    expect(after.bursts[0]?.excluded).toBe(flood.length);
    expect(after.responses.filter((r) => r.excluded).length).toBe(flood.length);
    expect(parentsCount(await viewAs(researcher, roundId))).toBe(6);
    expect(
      (
        await researcher.send('POST', `/api/exclusions/${roundId}/bursts/${randomUUID()}/exclude`, {
          reason: 'Geen piek.',
        })
      ).status,
    ).toBe(404);
  });
});
