import { randomUUID } from 'node:crypto';
import { PlanSchema, ReportViewSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createRandom, syntheticAnswers } from '../../seed/synthetic-answers';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

// The anonymity promise broken by the workflow itself: an IKC user read the report of an open round before and
// after one more parent and recovered that parent's answers. Now only the researcher sees the draft; readers see
// counts until it is published, then a frozen snapshot with the researcher's judgement.
const catalog = loadInstruments();
const parentsFile = catalog.latest('parents');
if (!parentsFile) throw new Error('no parents questionnaire');
const parents = parentsFile;

let db: Database;
const clock = testClock('2026-11-23T11:00:00Z');
let app: ReturnType<typeof testApp>;
let roundId = '';
let linkId = '';
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let team: Awaited<ReturnType<typeof staffAgent>>;
let ikcId = '';

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  const organisationId = await insertOrganisation(db.sql, { name: 'Gemeente Publicatie', kind: 'municipality' });
  ikcId = await insertIkc(db.sql, { organisationId, name: 'IKC Publicatie' });
  const locationId = await insertLocation(db.sql, { ikcId, name: 'Locatie Publicatie', families: 60 });
  const round = await insertSyntheticRound(db.sql, catalog, {
    locationId,
    kind: 'baseline',
    status: 'open',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    counts: { parents: 12 },
    targets: { C1: 1.2, C2: 1.3, C3: 2.2, C4: 2.0, C5: 2.4, C6: 2.0, C7: 1.2, C8: 1.8, C9: 2.2, C10: 2.0 },
    seed: 7,
  });
  roundId = round.roundId;
  linkId = round.links.parents ?? '';
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId });
  team = await staffAgent(app, db.sql, 'ikc', { ikcId });
}, 60_000);
afterAll(() => db?.close());

const viewAs = async (agent: typeof team) => {
  const res = await agent.send('GET', `/api/reports/${roundId}`);
  expect(res.status).toBe(200);
  return ReportViewSchema.parse(await res.json());
};
const htmlAs = async (agent: typeof team, query = '') =>
  (await agent.send('GET', `/api/reports/${roundId}/html${query}`)).text();

let parentSeed = 100;
async function oneMoreParent() {
  const answers = syntheticAnswers(parents, createRandom(parentSeed++), { targets: { C1: 3, C7: 3 } });
  const res = await app.request(`/api/responses/${randomUUID()}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ linkId, locale: 'nl', answers, complete: true }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

describe('a report before publication', () => {
  it('shows the IKC team response counts only, and one more parent changes nothing but the count', async () => {
    const before = await viewAs(team);
    await oneMoreParent();
    const after = await viewAs(team);
    expect(before.state).toBe('unpublished');
    expect(after.state).toBe('unpublished');
    if (before.state !== 'unpublished' || after.state !== 'unpublished') return;
    expect(Object.keys(after).sort()).toEqual(['counts', 'round', 'state']);
    expect(before.counts).toEqual([{ audience: 'parents', complete: 12, partial: 0 }]);
    expect(after.counts).toEqual([{ audience: 'parents', complete: 13, partial: 0 }]);
    const page = await htmlAs(team);
    expect(page).toContain('Het rapport is nog niet gepubliceerd');
    expect(page).not.toMatch(/class="level level-[123]"/);
    expect(page).not.toContain('Waarom dit niveau');
  });

  it('gives the researcher the draft with its band and what is still to do', async () => {
    const draft = await viewAs(researcher);
    expect(draft.state).toBe('draft');
    if (draft.state !== 'draft') return;
    expect(draft.report.overall).toHaveLength(10);
    expect(draft.published).toBeNull();
    expect(draft.todo.map((t) => t.key)).toEqual(expect.arrayContaining(['close', 'summary']));
    const page = await htmlAs(researcher);
    expect(page).toContain('Concept — niet gepubliceerd');
    expect(page).toMatch(/class="level level-[123]"/);
  });

  it('refuses to publish an open round, and an adjusted level without a reason', async () => {
    const publish = await researcher.send('POST', `/api/reports/${roundId}/publish`);
    expect(publish.status).toBe(409);
    expect((await errorOf(publish)).message).toContain('sluit de ronde eerst');
    const bare = await researcher.send('PUT', `/api/reports/${roundId}/criteria/C1`, { adjustedLevel: 2 });
    expect(bare.status).toBe(400);
    expect((await errorOf(bare)).field).toBe('reason');
    const team403 = await team.send('PUT', `/api/reports/${roundId}/summary`, { strengths: 'x' });
    expect(team403.status).toBe(403);
  });
});

describe('publishing', () => {
  it('freezes the report with the researcher’s summary and adjusted level beside the computed one', async () => {
    expect((await researcher.send('POST', `/api/rounds/${roundId}/transition`, { to: 'closed' })).status).toBe(200);
    const summary = await researcher.send('PUT', `/api/reports/${roundId}/summary`, {
      strengths: 'Ouders voelen zich welkom.',
      improvements: 'Samen doelen stellen voor het kind.',
      advice: 'Begin volgend schooljaar met startgesprekken met ouder en kind.',
    });
    expect(summary.status).toBe(200);
    const judged = await researcher.send('PUT', `/api/reports/${roundId}/criteria/C1`, {
      interpretation: 'De visie staat op papier, maar ouders herkennen haar niet.',
      adjustedLevel: 2,
      reason: 'in de gesprekken bleek dat ouders bij de visie zijn betrokken',
    });
    expect(judged.status).toBe(200);
    const draft = await viewAs(researcher);
    const c1 = draft.state === 'draft' ? draft.report.overall.find((o) => o.criterion === 'C1') : undefined;
    expect(c1?.level).toBe(1);

    const published = await researcher.send('POST', `/api/reports/${roundId}/publish`);
    expect(published.status, await published.clone().text()).toBe(200);
    const seen = await viewAs(team);
    expect(seen.state).toBe('published');
    if (seen.state !== 'published') return;
    expect(seen.publication.version).toBe(1);
    expect(seen.judgement.summary.strengths).toBe('Ouders voelen zich welkom.');
    expect(seen.judgement.criteria.find((j) => j.criterion === 'C1')).toMatchObject({ adjustedLevel: 2 });
    const page = await htmlAs(team);
    expect(page).toContain('Samenvatting van de onderzoeker');
    expect(page).toContain(
      'Vastgesteld 2.0 door de onderzoeker, berekend 1.0 — reden: in de gesprekken bleek dat ouders bij de visie zijn betrokken',
    );
    expect(page).toContain('Gepubliceerd op');
    expect(page).not.toContain('Concept — niet gepubliceerd');
  });

  it('answers the same snapshot twice whatever arrives later, and shows the researcher what changed', async () => {
    const first = await (await team.send('GET', `/api/reports/${roundId}`)).text();
    // A late answer within the grace period, written directly: the round is closed for new respondents.
    const answers = syntheticAnswers(parents, createRandom(999), { targets: { C7: 3 } });
    await db.sql`insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale,
                                        answers, status, received_on)
                 values (${randomUUID()}, ${linkId}, ${roundId}, 'parents', ${parents.key}, ${parents.version}, 'nl',
                         ${db.sql.json(answers as never)}, 'complete', '2026-11-23')`;
    const second = await (await team.send('GET', `/api/reports/${roundId}`)).text();
    expect(second).toBe(first);
    const draft = await viewAs(researcher);
    expect(draft.state === 'draft' && draft.published?.changes).toContainEqual('ouders: 13 → 14 volledige antwoorden');
  });

  it('gives the plan of action the published, adjusted level', async () => {
    const created = await team.send('POST', '/api/plans', { roundId });
    expect(created.status, await created.clone().text()).toBe(201);
    const plan = PlanSchema.parse(await created.json());
    expect(plan.criteria.find((c) => c.criterion === 'C1')).toMatchObject({ level: 2 });
  });

  it('retracts only with a reason, back to counts for the team, and audits every step', async () => {
    const bare = await researcher.send('POST', `/api/reports/${roundId}/retract`, { reason: '' });
    expect((await errorOf(bare)).field).toBe('reason');
    const retracted = await researcher.send('POST', `/api/reports/${roundId}/retract`, {
      reason: 'Late antwoorden veranderen het beeld; opnieuw bekijken.',
    });
    expect(retracted.status).toBe(200);
    expect((await viewAs(team)).state).toBe('unpublished');
    const [round] = await db.sql<{ status: string }[]>`select status from rounds where id = ${roundId}`;
    expect(round?.status).toBe('closed');
    const audit = await db.sql<{ action: string; details: Record<string, unknown> }[]>`
      select action, details from audit_log where target_id = ${roundId} and action like 'report.%' order by id`;
    expect(audit.map((a) => a.action)).toEqual(['report.summary', 'report.judge', 'report.publish', 'report.retract']);
    expect(audit[1]?.details).toMatchObject({ criterion: 'C1', adjustedLevel: 2 });
    expect(audit[3]?.details).toMatchObject({
      version: 1,
      reason: 'Late antwoorden veranderen het beeld; opnieuw bekijken.',
    });
  });
});

describe('publishing again', () => {
  const lateParent = async (seed: number) => {
    const answers = syntheticAnswers(parents, createRandom(seed), { targets: { C7: 3 } });
    await db.sql`insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale,
                                        answers, status, received_on)
                 values (${randomUUID()}, ${linkId}, ${roundId}, 'parents', ${parents.key}, ${parents.version}, 'nl',
                         ${db.sql.json(answers as never)}, 'complete', '2026-11-24')`;
  };

  it('waits until the minimum has changed: one late parent between two versions would be readable', async () => {
    // Version 1 scored 13 parents; the late parent above makes 14.
    const refused = await researcher.send('POST', `/api/reports/${roundId}/publish`);
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toContain(
      'Sinds publicatie 1 is 1 antwoord van ouders veranderd, minder dan 5',
    );
    const draft = await viewAs(researcher);
    expect(draft.state === 'draft' && draft.todo.map((t) => t.key)).toContain('small-change');
    for (const seed of [1001, 1002, 1003]) await lateParent(seed);
    const stillFour = await researcher.send('POST', `/api/reports/${roundId}/publish`);
    expect((await errorOf(stillFour)).message).toContain('zijn 4 antwoorden van ouders veranderd');
    expect((await viewAs(team)).state).toBe('unpublished');
  });

  it('publishes version 2 once five responses changed, and compares the next one with both versions', async () => {
    await lateParent(1004);
    const republished = await researcher.send('POST', `/api/reports/${roundId}/publish`);
    expect(republished.status, await republished.clone().text()).toBe(200);
    const seen = await viewAs(team);
    expect(seen.state === 'published' && seen.publication.version).toBe(2);
    // Retracted version 1 still counts: a reader may have kept it. One more parent is 6 from v1 but 1 from v2.
    await researcher.send('POST', `/api/reports/${roundId}/retract`, { reason: 'nog één ouder' });
    await lateParent(1005);
    const refused = await researcher.send('POST', `/api/reports/${roundId}/publish`);
    expect((await errorOf(refused)).message).toContain('Sinds publicatie 2 is 1 antwoord van ouders veranderd');
    const stored = await db.sql<{ version: number; n: number }[]>`
      select p.version, count(*)::int as n from publication_responses r join report_publications p on p.id = r.publication_id
       where p.round_id = ${roundId} group by p.version order by p.version`;
    expect(stored).toEqual([
      { version: 1, n: 13 },
      { version: 2, n: 18 },
    ]);
  });
});
