import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { OverviewSchema, type Plan, PlanSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { seedDemo } from '../../seed/demo';
import { createScan } from '../../test-support/fixtures';
import { bodyOf, errorOf } from '../../test-support/http';
import { plansTestApp, sender } from '../../test-support/plans-app';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
// 23 November 2026 in the Netherlands: decisions dated later lie in the future.
const clock = testClock('2026-11-23T11:00:00Z');
type Send = ReturnType<typeof sender>;
let municipality: Send;
let ikc: Send;
let researcher: Send;
let otherMunicipality: Send;
let otherIkc: Send;
let organisationId = '';
let plan: Plan;

const json = async (res: Response, status = 200): Promise<Plan> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return bodyOf(res, PlanSchema);
};
const refusal = async (res: Response) => ({ status: res.status, ...(await errorOf(res)) });
const decisionsPath = () => `/api/plans/${plan.id}/decisions`;
const commentsPath = () => `/api/plans/${plan.id}/comments`;
const granted = {
  subject: 'Subsidieaanvraag 2027',
  outcome: 'granted',
  amountCents: 1_250_000,
  reason: '',
  decidedOn: '2026-11-10',
  replaces: null,
};

beforeAll(async () => {
  db = await openTestDatabase();
  const app = testApp(db, clock);
  const plans = plansTestApp(db, clock);
  await seedDemo(db.sql, loadInstruments(), clock.now());
  const [noord] = await db.sql<{ organisationId: string; ikcId: string; roundId: string }[]>`
    select i.organisation_id as "organisationId", i.id as "ikcId", r.id as "roundId"
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
     where loc.name = 'Locatie Noord'`;
  if (!noord) throw new Error('the demo has Locatie Noord');
  organisationId = noord.organisationId;
  const agent = async (role: 'researcher' | 'ikc' | 'municipality', scope: Record<string, string>, name: string) =>
    sender(plans, await staffAgent(app, db.sql, role, scope, name));
  municipality = await agent('municipality', { organisationId }, 'commissie@gemeente.nl');
  ikc = await agent('ikc', { ikcId: noord.ikcId }, 'directie@ikc.nl');
  researcher = await agent('researcher', { organisationId }, 'onderzoeker@driehoek.nl');
  const elsewhere = await createScan(db.sql, { name: 'Elders' });
  otherMunicipality = await agent('municipality', { organisationId: elsewhere.organisationId }, 'elders@gemeente.nl');
  otherIkc = await agent('ikc', { ikcId: elsewhere.ikcId }, 'elders@ikc.nl');
  // The plan starts from the researcher's published report of the closed round.
  expect((await researcher('POST', `/api/rounds/${noord.roundId}/transition`, { to: 'closed' })).status).toBe(200);
  expect((await researcher('POST', `/api/reports/${noord.roundId}/publish`)).status).toBe(200);
  plan = await json(await ikc('POST', '/api/plans', { roundId: noord.roundId }), 201);
}, 60_000);
afterAll(() => db?.close());

describe('the IKC committee on a plan of action', () => {
  it('starts with no decision and no thread; the municipality may decide, the IKC team may only write', async () => {
    expect(plan.committee).toEqual({ decisions: [], comments: [], mayDecide: false, mayComment: true });
    const seen = await json(await municipality('GET', `/api/plans/${plan.id}`));
    expect(seen.committee).toMatchObject({ mayDecide: true, mayComment: true });
    expect(seen.editable).toBe(false);
  });

  it('records a decision the IKC team then sees on its plan, audited without the reason', async () => {
    const answered = await json(
      await municipality('POST', decisionsPath(), { ...granted, reason: 'Past bij de doelen voor C5.' }),
      201,
    );
    expect(answered.committee.decisions).toEqual([
      {
        id: expect.any(String),
        subject: 'Subsidieaanvraag 2027',
        outcome: 'granted',
        amountCents: 1_250_000,
        reason: 'Past bij de doelen voor C5.',
        decidedOn: '2026-11-10',
        by: 'commissie@gemeente.nl',
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
        replaces: null,
        supersededBy: null,
      },
    ]);
    const team = await json(await ikc('GET', `/api/plans/${plan.id}`));
    expect(team.committee.decisions).toEqual(answered.committee.decisions);
    // The team's plan did not change: its last change stays the team's.
    expect(team.updatedAt).toBe(plan.updatedAt);
    const audit = await db.sql<{ action: string; details: Record<string, unknown> }[]>`
      select action, details from audit_log where action = 'plan.decision.create' and target_id = ${plan.id}`;
    expect(audit).toEqual([
      {
        action: 'plan.decision.create',
        details: { decisionId: answered.committee.decisions[0]?.id, outcome: 'granted', replaces: null },
      },
    ]);
    plan = answered;
  });

  it('keeps a replaced decision unchanged as history, and refuses a decision written against a stale page', async () => {
    const first = plan.committee.decisions[0];
    if (!first) throw new Error('the decision of the test before');
    const [before] = await db.sql`select * from plan_decisions where id = ${first.id}`;
    const revise = {
      subject: 'Subsidieaanvraag 2027',
      outcome: 'revise',
      reason: 'Maak de doelen meetbaar: hoeveel ouders, wanneer.',
      decidedOn: '2026-11-20',
      replaces: first.id,
    };
    const answered = await json(await municipality('POST', decisionsPath(), revise), 201);
    const [second, old] = answered.committee.decisions;
    expect(answered.committee.decisions).toHaveLength(2);
    expect(second).toMatchObject({ outcome: 'revise', amountCents: null, replaces: first.id, supersededBy: null });
    expect(old).toEqual({ ...first, supersededBy: second?.id });
    expect((await db.sql`select * from plan_decisions where id = ${first.id}`)[0]).toEqual(before);

    // Another member still looking at the first decision, or at none, is told that a newer one holds.
    for (const replaces of [first.id, null]) {
      const stale = await refusal(await municipality('POST', decisionsPath(), { ...granted, replaces }));
      expect(stale).toMatchObject({ status: 409, code: 'conflict', field: 'replaces' });
      expect(stale.message).toContain('er geldt al een besluit van 20 nov 2026');
    }
    const [count] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from plan_decisions where plan_id = ${plan.id}`;
    expect(count?.n).toBe(2);
    plan = answered;
  });

  it('refuses an incomplete or impossible decision with a Dutch message naming the field', async () => {
    const replaces = plan.committee.decisions[0]?.id ?? null;
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ outcome: 'not_granted', reason: ' ' }, 'reason', /geef een reden bij "niet toegekend"/],
      [{ outcome: 'revise', reason: '' }, 'reason', /geef een reden bij "aanpassing gevraagd"/],
      [{ outcome: 'not_granted', reason: 'Te laat', amountCents: 500 }, 'amountCents', /alleen bij "toegekend"/],
      [{ amountCents: 12.5 }, 'amountCents', /hele centen/],
      [{ amountCents: 0 }, 'amountCents', /groter dan € 0/],
      [{ subject: '  ' }, 'subject', /waarover het besluit gaat/],
      [{ outcome: 'maybe' }, 'outcome', /kies toegekend, niet toegekend of aanpassing gevraagd/],
      [{ decidedOn: '2026-11-24' }, 'decidedOn', /in de toekomst/],
      [{ decidedOn: '2026-11-19' }, 'decidedOn', /vóór het besluit dat u vervangt \(20 nov 2026\)/],
      [{ decidedOn: '2026-02-30' }, 'decidedOn', /bestaat niet/],
    ];
    for (const [change, field, message] of cases) {
      const res = await refusal(await municipality('POST', decisionsPath(), { ...granted, replaces, ...change }));
      expect(res, JSON.stringify(change)).toMatchObject({
        status: 400,
        field,
        message: expect.stringMatching(message),
      });
    }
    const empty = await refusal(await ikc('POST', commentsPath(), { text: '   ' }));
    expect(empty).toMatchObject({
      status: 400,
      field: 'text',
      message: expect.stringContaining('schrijf een reactie'),
    });
  });

  it('keeps one thread: the committee asks, the IKC team and the researcher answer, in order', async () => {
    await json(
      await municipality('POST', commentsPath(), { text: 'Hoe bereikt u ouders met weinig Nederlands?' }),
      201,
    );
    await json(await ikc('POST', commentsPath(), { text: 'Met een tolk bij elk startgesprek.' }), 201);
    const answered = await json(await researcher('POST', commentsPath(), { text: 'Zie doel C5.' }), 201);
    expect(answered.committee.comments.map((c) => [c.role, c.by, c.text])).toEqual([
      ['municipality', 'commissie@gemeente.nl', 'Hoe bereikt u ouders met weinig Nederlands?'],
      ['ikc', 'directie@ikc.nl', 'Met een tolk bij elk startgesprek.'],
      ['researcher', 'onderzoeker@driehoek.nl', 'Zie doel C5.'],
    ]);
    expect(answered.updatedAt).toBe(plan.updatedAt);
    const audit = await db.sql<{ details: Record<string, unknown> }[]>`
      select details from audit_log where action = 'plan.comment.create' and target_id = ${plan.id}`;
    expect(audit.map((a) => Object.keys(a.details))).toEqual([['commentId'], ['commentId'], ['commentId']]);
  });

  it('answers 403 to a role that may not decide, and 404 outside the scope', async () => {
    for (const who of [ikc, researcher]) {
      const res = await refusal(await who('POST', decisionsPath(), { ...granted, replaces: null }));
      expect(res).toMatchObject({ status: 403, code: 'forbidden' });
    }
    for (const [who, path, body] of [
      [otherMunicipality, decisionsPath(), { ...granted, replaces: null }],
      [otherMunicipality, commentsPath(), { text: 'Hallo' }],
      [otherIkc, commentsPath(), { text: 'Hallo' }],
    ] as const) {
      expect((await refusal(await who('POST', path, body))).status).toBe(404);
    }
    expect((await otherMunicipality('GET', `/api/plans/${plan.id}`)).status).toBe(404);
    const [stored] = await db.sql<{ n: number }[]>`
      select ((select count(*) from plan_decisions) + (select count(*) from plan_comments))::int as n`;
    expect(stored?.n).toBe(5);
  });

  it('shows the decision in force beside the plan status in the overview', async () => {
    const res = await municipality('GET', `/api/overview/${organisationId}`);
    expect(res.status).toBe(200);
    const overview = await bodyOf(res, OverviewSchema);
    const ikcRow = overview.ikcs.find((i) => i.locations?.some((l) => l.plan?.id === plan.id));
    const brief = { id: plan.committee.decisions[0]?.id, subject: 'Subsidieaanvraag 2027', outcome: 'revise' };
    expect(ikcRow?.locations?.find((l) => l.plan?.id === plan.id)?.plan?.decision).toMatchObject({
      ...brief,
      amountCents: null,
      decidedOn: '2026-11-20',
    });
    expect(ikcRow?.decision).toMatchObject({ ...brief, location: { name: 'Locatie Noord' } });
    expect(ikcRow?.locations?.filter((l) => l.plan?.id !== plan.id).map((l) => l.plan?.decision ?? null)).toEqual(
      ikcRow?.locations?.filter((l) => l.plan?.id !== plan.id).map(() => null),
    );
  });

  it('prints every decision, with the one in force and the one it replaced, in the HTML and Word plan', async () => {
    const html = await (await ikc('GET', `/api/plans/${plan.id}/html`)).text();
    const section = html.slice(html.indexOf('<h2>Besluiten van de IKC-commissie</h2>'));
    expect(section).toContain('Aanpassing gevraagd');
    expect(section).toContain('Maak de doelen meetbaar: hoeveel ouders, wanneer.');
    expect(section).toContain('Toegekend: € 12.500');
    expect(section).toContain('vervangen door het besluit van 20 nov 2026');
    expect(html).toContain('Subsidieaanvraag 2027 — aanpassing gevraagd (besluit van 20 nov 2026)');

    const docx = await ikc('GET', `/api/plans/${plan.id}/plan.docx`);
    expect(docx.status).toBe(200);
    mkdirSync('/tmp/driehoek-plans', { recursive: true });
    const path = '/tmp/driehoek-plans/committee.docx';
    writeFileSync(path, new Uint8Array(await docx.arrayBuffer()));
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
    for (const text of ['Besluiten van de IKC-commissie', 'Toegekend: € 12.500', 'vervangen door het besluit van'])
      expect(xml).toContain(text);
  });
});
