import { randomUUID } from 'node:crypto';
import {
  type Audience,
  type IkcReportView,
  IkcReportViewSchema,
  type PublishedReport,
  ReportViewSchema,
} from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asJson, type Database } from '../../platform/db';
import { createRandom, syntheticAnswers } from '../../seed/synthetic-answers';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

// The IKC report pools what the locations published: two published locations aggregate, an unpublished one is named,
// readers see nothing before the researcher publishes, and a school/childcare split hides what would follow from the
// published totals, now and across versions.
const catalog = loadInstruments();
let db: Database;
const clock = testClock('2026-11-23T11:00:00Z');
let app: ReturnType<typeof testApp>;
let ikcId = '';
let otherIkcId = '';
const rounds = { noord: '', zuid: '' };
const locations = { noord: '', zuid: '', west: '' };
type Agent = Awaited<ReturnType<typeof staffAgent>>;
let researcher: Agent;
let team: Agent;
let municipality: Agent;
let oneLocation: Agent;
let otherTeam: Agent;

/** Sets the `bg_sector` answer of a round's complete responses of an audience, in id order: `''` leaves it open. */
async function setSectors(roundId: string, audience: Audience, plan: Array<[string, number]>) {
  const ids = (
    await db.sql<{ id: string }[]>`
      select id from responses where round_id = ${roundId} and audience = ${audience} and status = 'complete' order by id`
  ).map((r) => r.id);
  let at = 0;
  for (const [sector, n] of plan) {
    const chunk = ids.slice(at, at + n);
    at += n;
    if (sector === '') await db.sql`update responses set answers = answers - 'bg_sector' where id = any(${chunk})`;
    else
      await db.sql`update responses set answers = answers || jsonb_build_object('bg_sector', ${sector}::text)
                    where id = any(${chunk})`;
  }
  expect(at).toBe(ids.length);
}

async function publishLocation(roundId: string) {
  const closed = await researcher.send('POST', `/api/rounds/${roundId}/transition`, { to: 'closed' });
  expect(closed.status, await closed.clone().text()).toBe(200);
  const published = await researcher.send('POST', `/api/reports/${roundId}/publish`);
  expect(published.status, await published.clone().text()).toBe(200);
}

const viewAs = async (agent: Agent, id = ikcId): Promise<IkcReportView> => {
  const res = await agent.send('GET', `/api/ikc-reports/${id}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return IkcReportViewSchema.parse(await res.json());
};
const draftOf = async () => {
  const view = await viewAs(researcher);
  if (view.state !== 'draft') throw new Error(`expected the draft, got ${view.state}`);
  return view;
};
const locationPublication = async (roundId: string): Promise<PublishedReport> => {
  const view = ReportViewSchema.parse(await (await team.send('GET', `/api/reports/${roundId}`)).json());
  if (view.state !== 'published') throw new Error('location not published');
  return view;
};

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  const organisationId = await insertOrganisation(db.sql, { name: 'Gemeente IKC-rapport', kind: 'municipality' });
  ikcId = await insertIkc(db.sql, { organisationId, name: 'IKC De Brug' });
  otherIkcId = await insertIkc(db.sql, { organisationId, name: 'IKC Elders' });
  locations.noord = await insertLocation(db.sql, { ikcId, name: 'Locatie Noord', families: 60, professionals: 20 });
  locations.zuid = await insertLocation(db.sql, { ikcId, name: 'Locatie Zuid', hasChildcare: false, families: 40 });
  locations.west = await insertLocation(db.sql, { ikcId, name: 'Locatie West' });
  const common = { kind: 'baseline', status: 'open', opensOn: '2026-11-01', closesOn: '2026-12-31' } as const;
  rounds.noord = (
    await insertSyntheticRound(db.sql, catalog, {
      ...common,
      locationId: locations.noord,
      counts: { parents: 20, professionals: 12 },
      targets: { C1: 2.4, C2: 1.6, C3: 2.6, C4: 2.1, C5: 2.7, C6: 2.0, C7: 1.3, C8: 1.9, C9: 2.4, C10: 2.5 },
      seed: 31,
    })
  ).roundId;
  rounds.zuid = (
    await insertSyntheticRound(db.sql, catalog, {
      ...common,
      locationId: locations.zuid,
      counts: { parents: 15, professionals: 3 },
      targets: { C1: 1.6, C2: 1.4, C3: 2.7, C4: 1.8, C5: 2.0, C6: 2.1, C7: 1.6, C8: 1.7, C9: 2.0, C10: 2.2 },
      seed: 32,
    })
  ).roundId;
  await insertSyntheticRound(db.sql, catalog, {
    ...common,
    locationId: locations.west,
    counts: { parents: 9 },
    targets: {},
    seed: 33,
  });
  // Noord's parents: 3 in childcare (too few) and 2 who left the question open make a hidden 5; school and both show.
  await setSectors(rounds.noord, 'parents', [
    ['school', 8],
    ['both', 7],
    ['childcare', 3],
    ['', 2],
  ]);
  await setSectors(rounds.noord, 'professionals', [
    ['school', 6],
    ['childcare', 6],
  ]);
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId });
  team = await staffAgent(app, db.sql, 'ikc', { ikcId });
  municipality = await staffAgent(app, db.sql, 'municipality', { organisationId });
  oneLocation = await staffAgent(app, db.sql, 'ikc', { locationId: locations.noord });
  otherTeam = await staffAgent(app, db.sql, 'ikc', { ikcId: otherIkcId });
}, 120_000);
afterAll(() => db?.close());

describe('before any location is published', () => {
  it('gives the researcher an empty draft that says so, refuses to publish it, and tells readers it is not published', async () => {
    const draft = await draftOf();
    expect(draft.locations).toEqual([]);
    expect(draft.todo.map((t) => t.key)).toContain('locations');
    // Row headings name each criterion in full (issue 19).
    expect(draft.criterionNames?.find((n) => n.id === 'C5')?.name).toMatch(/^Gelijkwaardige gesprekken/);
    const refused = await researcher.send('POST', `/api/ikc-reports/${ikcId}/publish`);
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toContain('nog geen gepubliceerd locatierapport');
    expect(await viewAs(team)).toEqual({ state: 'unpublished', ikc: expect.objectContaining({ id: ikcId }) });
  });
});

describe('an IKC with two published locations', () => {
  it('pools the published cells of both and lists the unpublished location as not included', async () => {
    await publishLocation(rounds.noord);
    await publishLocation(rounds.zuid);
    const draft = await draftOf();
    expect(draft.locations.map((l) => l.location)).toEqual(['Locatie Noord', 'Locatie Zuid']);
    expect(draft.notIncluded).toEqual([
      {
        locationId: locations.west,
        location: 'Locatie West',
        reason: 'Er is nog geen gepubliceerd rapport van deze locatie.',
      },
    ]);
    const noord = await locationPublication(rounds.noord);
    const zuid = await locationPublication(rounds.zuid);
    for (const criterion of ['C1', 'C5'] as const) {
      const a = noord.report.criteria.find((c) => c.criterion === criterion && c.perspective === 'parents');
      const b = zuid.report.criteria.find((c) => c.criterion === criterion && c.perspective === 'parents');
      const pooled = draft.criteria.find((c) => c.criterion === criterion && c.perspective === 'parents');
      if (a?.suppressed !== false || b?.suppressed !== false || pooled?.suppressed !== false)
        throw new Error('expected shown parent cells');
      expect(pooled.n).toBe(a.n + b.n);
      expect(pooled.mean).toBeCloseTo((a.n * a.mean + b.n * b.mean) / (a.n + b.n), 8);
      expect(pooled.from.map((f) => f.location)).toEqual(['Locatie Noord', 'Locatie Zuid']);
    }
    // Zuid's 3 professionals are hidden in its own report: the IKC's professionals are Noord's, with Zuid named.
    const own = noord.report.criteria.find((c) => c.criterion === 'C5' && c.perspective === 'professionals');
    const professionals = draft.criteria.find((c) => c.criterion === 'C5' && c.perspective === 'professionals');
    expect(own?.suppressed).toBe(false);
    expect(professionals).toMatchObject({
      suppressed: false,
      n: own && !own.suppressed ? own.n : -1,
      without: [{ location: 'Locatie Zuid', because: 'hidden' }],
    });
    expect(draft.respondents.byPerspective).toEqual([
      expect.objectContaining({ perspective: 'parents', suppressed: false, complete: 35 }),
      { suppressed: true, perspective: 'professionals' },
    ]);
    expect(draft.overall).toHaveLength(10);
    expect(draft.locations[0]?.levels).toHaveLength(10);
  });

  it('splits Noord by sector, hiding the small childcare group with the unanswered, and Zuid not at all', async () => {
    const draft = await draftOf();
    expect(draft.splits.map((s) => s.location)).toEqual(['Locatie Noord']);
    const [parents, professionals] = draft.splits[0]?.perspectives ?? [];
    expect(parents).toMatchObject({
      shown: true,
      counts: [
        { sector: 'school', suppressed: false, count: 8 },
        { sector: 'childcare', suppressed: true },
        { sector: 'both', suppressed: false, count: 7 },
      ],
    });
    if (!parents?.shown) return;
    for (const c of parents.criteria.filter((x) => x.shown))
      expect(c.groups.find((g) => g.sector === 'childcare')).toEqual({ suppressed: true, sector: 'childcare' });
    expect(professionals).toMatchObject({
      shown: true,
      counts: [
        { sector: 'school', count: 6 },
        { sector: 'childcare', count: 6 },
        { sector: 'both', count: 0 },
      ],
    });
  });

  it('shows the IKC team and the municipality nothing before the IKC report is published', async () => {
    for (const agent of [team, municipality]) {
      const view = await viewAs(agent);
      expect(view.state).toBe('unpublished');
      expect(Object.keys(view).sort()).toEqual(['ikc', 'state']);
      const page = await (await agent.send('GET', `/api/ikc-reports/${ikcId}/html`)).text();
      expect(page).toContain('Het IKC-rapport is nog niet gepubliceerd');
      expect(page).not.toMatch(/class="level level-[123]"/);
    }
  });

  it('answers 404 to a user scoped to one location of the IKC, or to another IKC, and 403 to a team publishing', async () => {
    for (const agent of [oneLocation, otherTeam])
      expect((await agent.send('GET', `/api/ikc-reports/${ikcId}`)).status).toBe(404);
    expect((await researcher.send('GET', `/api/ikc-reports/${randomUUID()}`)).status).toBe(404);
    expect((await team.send('POST', `/api/ikc-reports/${ikcId}/publish`)).status).toBe(403);
  });
});

describe('publishing the IKC report', () => {
  it('freezes it for the team and the municipality, refuses an unchanged republication, and audits it', async () => {
    const res = await researcher.send('POST', `/api/ikc-reports/${ikcId}/publish`);
    expect(res.status, await res.clone().text()).toBe(200);
    const after = IkcReportViewSchema.parse(await res.json());
    expect(after).toMatchObject({ state: 'draft', published: { version: 1, unchanged: true } });
    for (const agent of [team, municipality]) {
      const view = await viewAs(agent);
      expect(view.state).toBe('published');
      if (view.state !== 'published') return;
      expect(view.publication.version).toBe(1);
      expect(view.locations.map((l) => l.location)).toEqual(['Locatie Noord', 'Locatie Zuid']);
    }
    const page = await (await team.send('GET', `/api/ikc-reports/${ikcId}/html`)).text();
    expect(page).toContain('Gepubliceerd op');
    expect(page).toContain('Onderwijs en kinderopvang apart');
    expect(page).toContain('zonder Locatie Zuid: te weinig antwoorden');
    const again = await researcher.send('POST', `/api/ikc-reports/${ikcId}/publish`);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toContain('niets veranderd sinds publicatie 1');
    const sets = await db.sql<{ perspective: string; group: string; n: number }[]>`
      select perspective, sector_group as group, count(*)::int as n from ikc_report_split_responses
       group by perspective, sector_group order by perspective, sector_group`;
    expect(sets).toEqual([
      { perspective: 'parents', group: 'both', n: 7 },
      { perspective: 'parents', group: 'rest', n: 5 },
      { perspective: 'parents', group: 'school', n: 8 },
      { perspective: 'professionals', group: 'childcare', n: 6 },
      { perspective: 'professionals', group: 'school', n: 6 },
    ]);
  });

  it('leaves out a split group that differs from an earlier version by fewer than the minimum, and says so', async () => {
    // Noord's report is retracted, five more parents come in (3 school, 2 both) and it is published again.
    const retract = await researcher.send('POST', `/api/reports/${rounds.noord}/retract`, {
      reason: 'Vijf late antwoorden van ouders tellen alsnog mee.',
    });
    expect(retract.status).toBe(200);
    const whileRetracted = await draftOf();
    expect(whileRetracted.notIncluded.map((l) => l.location)).toEqual(['Locatie Noord', 'Locatie West']);
    const parentsFile = catalog.latest('parents');
    const [link] = await db.sql<{ id: string }[]>`
      select id from links where round_id = ${rounds.noord} and audience = 'parents'`;
    if (!parentsFile || !link) throw new Error('no parents questionnaire or link');
    const random = createRandom(77);
    const late = ['school', 'school', 'school', 'both', 'both'].map((sector) => ({
      id: randomUUID(),
      link_id: link.id,
      round_id: rounds.noord,
      audience: 'parents',
      instrument_key: parentsFile.key,
      instrument_version: parentsFile.version,
      locale: 'nl',
      answers: asJson(db.sql, { ...syntheticAnswers(parentsFile, random, { targets: {} }), bg_sector: sector }),
      status: 'complete',
      received_on: '2026-11-20',
    }));
    await db.sql`insert into responses ${db.sql(late)}`;
    const republished = await researcher.send('POST', `/api/reports/${rounds.noord}/publish`);
    expect(republished.status, await republished.clone().text()).toBe(200);

    const draft = await draftOf();
    expect(draft.published).toMatchObject({ version: 1, unchanged: false });
    const [parents, professionals] = draft.splits[0]?.perspectives ?? [];
    expect(parents).toMatchObject({
      shown: false,
      // school 8 → 11 and both 7 → 9: the smallest difference is named.
      reason: expect.stringContaining('verschilt met 2 antwoorden van IKC-publicatie 1'),
    });
    expect(professionals?.shown).toBe(true);
    expect(draft.notes).toEqual([
      expect.stringMatching(/^Locatie Noord: De verdeling onderwijs\/kinderopvang van ouders/),
    ]);

    const res = await researcher.send('POST', `/api/ikc-reports/${ikcId}/publish`);
    expect(res.status, await res.clone().text()).toBe(200);
    const view = await viewAs(team);
    if (view.state !== 'published') throw new Error('expected the publication');
    expect(view.publication.version).toBe(2);
    expect(view.notes).toEqual(draft.notes);
    const [v2] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from ikc_report_split_responses s join ikc_report_publications p on p.id = s.publication_id
       where p.version = 2 and s.perspective = 'parents'`;
    expect(v2?.n).toBe(0);
  });

  it('retracts only with a reason, after which readers see that it is not published; both steps audited', async () => {
    const bare = await researcher.send('POST', `/api/ikc-reports/${ikcId}/retract`, { reason: '' });
    expect(bare.status).toBe(400);
    expect((await errorOf(bare)).field).toBe('reason');
    const retracted = await researcher.send('POST', `/api/ikc-reports/${ikcId}/retract`, {
      reason: 'Het rapport van Locatie Zuid wordt herzien.',
    });
    expect(retracted.status).toBe(200);
    expect((await viewAs(team)).state).toBe('unpublished');
    const audit = await db.sql<{ action: string; details: Record<string, unknown> }[]>`
      select action, details from audit_log where target_type = 'ikc' and target_id = ${ikcId} order by id`;
    expect(audit.map((a) => a.action)).toEqual(['ikc-report.publish', 'ikc-report.publish', 'ikc-report.retract']);
    expect(audit[2]?.details).toMatchObject({ version: 2, reason: 'Het rapport van Locatie Zuid wordt herzien.' });
  });
});
