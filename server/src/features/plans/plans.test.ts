import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { OverviewSchema, type Plan, PlanForRoundSchema, PlanListSchema, PlanSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closePdfRenderer } from '../../platform/pdf';
import { seedDemo } from '../../seed/demo';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { createScan } from '../../test-support/fixtures';
import { bodyOf, errorOf } from '../../test-support/http';
import { plansTestApp, sender } from '../../test-support/plans-app';
import { program } from '../../test-support/programs';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
// Looked up here, not through the server's pdfAvailable(): the test checks that function's answer.
const chromium = program('/usr/bin/chromium', 'chromium');
const clock = testClock('2026-11-23T11:00:00Z');
let app: ReturnType<typeof testApp>;
let plans: ReturnType<typeof plansTestApp>;
type Send = ReturnType<typeof sender>;
let researcher: Send;
let ikc: Send;
let municipality: Send;
let otherIkc: Send;
let demo: {
  organisationId: string;
  ikcId: string;
  noord: { locationId: string; roundId: string };
  zuidRoundId: string;
};

const json = async <T>(res: Response, schema: { parse(v: unknown): T }, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return bodyOf(res, schema as never) as Promise<T>;
};

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
  plans = plansTestApp(db, clock);
  await seedDemo(db.sql, loadInstruments(), clock.now());
  const rows = await db.sql<
    { organisationId: string; ikcId: string; locationId: string; roundId: string; name: string }[]
  >`
    select i.organisation_id as "organisationId", i.id as "ikcId", loc.id as "locationId", r.id as "roundId", loc.name
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id order by loc.name`;
  const [noord, zuid] = rows;
  if (!noord || !zuid) throw new Error('demo has two locations');
  demo = { organisationId: noord.organisationId, ikcId: noord.ikcId, noord, zuidRoundId: zuid.roundId };
  const agent = async (role: 'researcher' | 'ikc' | 'municipality', scope: Record<string, string>) =>
    sender(plans, await staffAgent(app, db.sql, role, scope));
  researcher = await agent('researcher', { organisationId: demo.organisationId });
  ikc = await agent('ikc', { ikcId: demo.ikcId });
  municipality = await agent('municipality', { organisationId: demo.organisationId });
  const elsewhere = await createScan(db.sql, { name: 'Elders' });
  otherIkc = await agent('ikc', { ikcId: elsewhere.ikcId });
  // The plan starts from the researcher's published report of a closed round.
  const researcherApp = await staffAgent(app, db.sql, 'researcher', { organisationId: demo.organisationId });
  const closed = await researcherApp.send('POST', `/api/rounds/${demo.noord.roundId}/transition`, { to: 'closed' });
  expect(closed.status).toBe(200);
  const published = await researcherApp.send('POST', `/api/reports/${demo.noord.roundId}/publish`);
  expect(published.status, await published.clone().text()).toBe(200);
}, 60_000);
afterAll(async () => {
  await closePdfRenderer();
  await db?.close();
});

let plan: Plan;

describe('plans of action', () => {
  it('refuse to start from an open round and say why', async () => {
    const res = await ikc('POST', '/api/plans', { roundId: demo.zuidRoundId });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toContain('gepubliceerde rapport');
    const view = await json(await ikc('GET', `/api/plans/by-round/${demo.zuidRoundId}`), PlanForRoundSchema);
    expect(view).toEqual({ plan: null, cannotStart: expect.stringContaining('publiceert het rapport') });
  });

  it('start from the closed demo report with every criterion, its finding and suggestions below 3.0', async () => {
    plan = await json(await ikc('POST', '/api/plans', { roundId: demo.noord.roundId }), PlanSchema, 201);
    expect(plan.title).toBe('Plan van aanpak Locatie Noord 2026');
    expect(plan.criteria).toHaveLength(10);
    const c7 = plan.criteria.find((c) => c.criterion === 'C7');
    // Noord's synthetic parents hardly know the child file: level 1, with the library's level-1 actions.
    expect(c7).toMatchObject({ name: 'Open dossier', level: 1, label: '1.0' });
    expect(c7?.sentence.length).toBeGreaterThan(20);
    expect(c7?.suggestions.map((s) => s.key)).toEqual([
      'c7-l1-file-open-to-parents',
      'c7-l1-record-start-conversation',
    ]);
    for (const c of plan.criteria) if (c.level === 3) expect(c.suggestions).toEqual([]);
    const again = await ikc('POST', '/api/plans', { roundId: demo.noord.roundId });
    expect(again.status).toBe(409);
  });

  it('refuse an ambition at or below the current level, naming the field', async () => {
    const atLevel = plan.criteria.find((c) => c.level === 2 || c.level === 3);
    if (!atLevel?.level) throw new Error('demo has a criterion at 2.0 or 3.0');
    const res = await ikc('POST', `/api/plans/${plan.id}/goals`, { criterion: atLevel.criterion, ambition: 2 });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).field).toBe('ambition');
  });

  it('hide the plan and its exports from an IKC user of another IKC (404)', async () => {
    for (const path of [`/api/plans/${plan.id}`, `/api/plans/${plan.id}/plan.docx`, `/api/plans/${plan.id}/html`]) {
      const res = await otherIkc('GET', path);
      expect(res.status, path).toBe(404);
    }
    expect((await otherIkc('POST', `/api/plans/${plan.id}/goals`, { criterion: 'C7', ambition: 3 })).status).toBe(404);
    const list = await json(await otherIkc('GET', '/api/plans'), PlanListSchema);
    expect(list.items).toEqual([]);
  });

  it('let the municipality read a plan but not change it (403)', async () => {
    expect((await municipality('GET', `/api/plans/${plan.id}`)).status).toBe(200);
    const res = await municipality('POST', `/api/plans/${plan.id}/goals`, { criterion: 'C7', ambition: 3 });
    expect(res.status).toBe(403);
    expect((await municipality('POST', '/api/plans', { roundId: demo.noord.roundId })).status).toBe(403);
  });

  it('from the demo report: two criteria, three actions, Word and PDF, an action marked done (the issue’s bar)', async () => {
    const c7 = plan.criteria.find((c) => c.criterion === 'C7');
    const second = plan.criteria.find((c) => c.criterion !== 'C7' && c.level !== null && c.level < 3);
    if (!c7 || !second) throw new Error('demo has two criteria below 3.0');
    plan = await json(
      await ikc('POST', `/api/plans/${plan.id}/goals`, {
        criterion: 'C7',
        ambition: 3,
        goal: 'Ouders kennen het dossier van hun kind en vullen het aan.',
        knoster: { vision: 'Het dossier is van ouders en IKC samen.', skills: '', incentives: '' },
      }),
      PlanSchema,
      201,
    );
    plan = await json(
      await ikc('POST', `/api/plans/${plan.id}/goals`, {
        criterion: second.criterion,
        ambition: 3,
        goal: `Op ${second.name} werken we naar samenwerking.`,
      }),
      PlanSchema,
      201,
    );
    const [g7, g2] = [plan.goals.find((g) => g.criterion === 'C7'), plan.goals.find((g) => g.criterion !== 'C7')];
    if (!g7 || !g2) throw new Error('two goals');
    const suggestion = c7.suggestions[1];
    if (!suggestion) throw new Error('a C7 suggestion');
    await json(
      await ikc('POST', `/api/plans/${plan.id}/goals/${g7.id}/actions`, {
        libraryKey: suggestion.key,
        title: suggestion.title,
        description: suggestion.why,
        owner: 'Intern begeleider',
        startsOn: '2026-12-01',
        dueOn: '2027-02-01',
      }),
      PlanSchema,
      201,
    );
    await json(
      await ikc('POST', `/api/plans/${plan.id}/goals/${g7.id}/actions`, {
        libraryKey: null,
        title: 'Inzagemoment per groep plannen',
        owner: 'Directeur',
        dueOn: '2027-01-15',
      }),
      PlanSchema,
      201,
    );
    plan = await json(
      await ikc('POST', `/api/plans/${plan.id}/goals/${g2.id}/actions`, {
        title: 'Teamoverleg over de bevindingen',
        owner: 'Team',
        dueOn: '2026-12-15',
      }),
      PlanSchema,
      201,
    );
    expect(plan.goals.map((g) => g.actions.length)).toEqual(plan.goals.map((g) => (g.criterion === 'C7' ? 2 : 1)));
    const goal7 = plan.goals.find((g) => g.criterion === 'C7');
    expect(goal7?.findings).toMatchObject({ criterion: 'C7', level: 1, label: '1.0' });
    // Skills and incentives are empty: anxiety and resistance, named. The action plan is met by the actions.
    expect(goal7?.knosterFindings.filter((f) => f.failure).map((f) => f.failure?.label)).toEqual([
      'angst',
      'weerstand',
      'frustratie',
    ]);
    // The library action uses the start conversation: the plan asks whether the ten-minute rounds stay.
    expect(plan.warnings.map((w) => w.code)).toEqual(['workload']);

    const action = goal7?.actions.find((a) => a.libraryKey === suggestion.key);
    if (!action) throw new Error('library action');
    expect(action.form).toBe('form:start-conversation');
    plan = await json(
      await ikc('POST', `/api/plans/${plan.id}/actions/${action.id}/status`, {
        status: 'done',
        note: 'Alle startgesprekken van groep 5 vastgelegd.',
      }),
      PlanSchema,
    );
    expect(plan.goals.flatMap((g) => g.actions).find((a) => a.id === action.id)?.status).toBe('done');
    expect(plan.updates[0]).toMatchObject({
      actionId: action.id,
      fromStatus: 'planned',
      toStatus: 'done',
      note: 'Alle startgesprekken van groep 5 vastgelegd.',
    });

    mkdirSync('/tmp/driehoek-plans', { recursive: true });
    const docx = await ikc('GET', `/api/plans/${plan.id}/plan.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('plan-van-aanpak-locatie-noord-');
    const docxPath = '/tmp/driehoek-plans/plan.docx';
    writeFileSync(docxPath, new Uint8Array(await docx.arrayBuffer()));
    const xml = execFileSync('unzip', ['-p', docxPath, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('Ouders kennen het dossier van hun kind en vullen het aan.');
    expect(xml).toContain('C7 Open dossier: van 1.0 naar 3.0');
    expect(xml).toContain(c7.sentence.slice(0, 40).replace(/&/g, '&amp;'));
    expect(xml).toContain('risico: weerstand');

    // Without Chromium (allowed outside CI only) the server answers 503 with how to print from the browser.
    const pdf = await ikc('GET', `/api/plans/${plan.id}/plan.pdf`);
    if (chromium.skip) {
      expect(pdf.status).toBe(503);
      expect((await errorOf(pdf)).message).toContain('Afdrukken');
    } else {
      chromium.require();
      expect(pdf.status).toBe(200);
      const bytes = new Uint8Array(await pdf.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      writeFileSync('/tmp/driehoek-plans/plan.pdf', bytes);
    }

    // The municipality sees the IKC's plan status in its overview.
    const overview = await json(await municipality('GET', `/api/overview/${demo.organisationId}`), OverviewSchema);
    const ikcRow = overview.ikcs.find((i) => i.id === demo.ikcId);
    expect(ikcRow?.plan).toEqual({ plans: 1, goals: 2, actionsDone: 1, actionsTotal: 3, overdue: 0 });
    const noord = ikcRow?.locations?.find((l) => l.id === demo.noord.locationId);
    expect(noord?.round?.id).toBe(demo.noord.roundId);
    expect(noord?.cells.find((c) => c.criterion === 'C7')).toMatchObject({ level: 1, label: '1.0' });
  }, 120_000);

  it('answer 503 with a Dutch way out when Chromium is missing', async () => {
    const noChromium = plansTestApp(db, clock, { chromiumPath: '/nonexistent/chromium' });
    const agent = await staffAgent(app, db.sql, 'ikc', { ikcId: demo.ikcId });
    const res = await sender(noChromium, agent)('GET', `/api/plans/${plan.id}/plan.pdf`);
    expect(res.status).toBe(503);
    expect(await errorOf(res)).toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('Afdrukken → Opslaan als PDF'),
    });
  });

  it('warn of extra workload once the plan says the ten-minute rounds stay', async () => {
    plan = await json(await ikc('PATCH', `/api/plans/${plan.id}`, { tenMinuteRoundsStay: 'yes' }), PlanSchema);
    expect(plan.warnings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('Extra werkdruk') });
    plan = await json(await ikc('PATCH', `/api/plans/${plan.id}`, { tenMinuteRoundsStay: 'no' }), PlanSchema);
    expect(plan.warnings).toEqual([]);
  });

  it('list overdue actions once their date has passed, most overdue first', async () => {
    clock.set('2027-01-20T11:00:00Z');
    try {
      // Sessions expire over two months: log in again on the later day.
      const later = sender(plans, await staffAgent(app, db.sql, 'researcher', { organisationId: demo.organisationId }));
      plan = await json(await later('GET', `/api/plans/${plan.id}`), PlanSchema);
      expect(plan.overdue.map((o) => [o.title, o.daysLate])).toEqual([
        ['Teamoverleg over de bevindingen', 36],
        ['Inzagemoment per groep plannen', 5],
      ]);
      const list = await json(await later('GET', `/api/plans?ikcId=${demo.ikcId}`), PlanListSchema);
      expect(list.items.map((p) => [p.id, p.overdue, p.actionsDone, p.actionsTotal])).toEqual([[plan.id, 2, 1, 3]]);
    } finally {
      clock.set('2026-11-23T11:00:00Z');
    }
  });

  it('need a note to record evidence without a status change, and keep who and when', async () => {
    const action = plan.goals.flatMap((g) => g.actions).find((a) => a.status === 'planned');
    if (!action) throw new Error('a planned action');
    const bare = await ikc('POST', `/api/plans/${plan.id}/actions/${action.id}/status`, { status: 'planned' });
    expect(bare.status).toBe(400);
    expect((await errorOf(bare)).field).toBe('note');
    plan = await json(
      await ikc('POST', `/api/plans/${plan.id}/actions/${action.id}/status`, {
        status: 'planned',
        note: 'Datum met de MR afgestemd.',
      }),
      PlanSchema,
    );
    expect(plan.updates[0]).toMatchObject({ fromStatus: 'planned', toStatus: 'planned', by: expect.any(String) });
  });

  it('edit and remove goals and actions, refusing a due date before the start', async () => {
    const goal = plan.goals.find((g) => g.criterion !== 'C7');
    const action = goal?.actions[0];
    if (!goal || !action) throw new Error('second goal with an action');
    const bad = await ikc('PATCH', `/api/plans/${plan.id}/actions/${action.id}`, { startsOn: '2027-03-01' });
    expect((await errorOf(bad)).field).toBe('dueOn');
    plan = await json(
      await ikc('PATCH', `/api/plans/${plan.id}/goals/${goal.id}`, { knoster: { resources: 'Twee studiedagen.' } }),
      PlanSchema,
    );
    expect(plan.goals.find((g) => g.id === goal.id)?.knoster.resources).toBe('Twee studiedagen.');
    plan = await json(await ikc('DELETE', `/api/plans/${plan.id}/actions/${action.id}`), PlanSchema);
    expect(plan.goals.find((g) => g.id === goal.id)?.actions).toEqual([]);
    plan = await json(await ikc('DELETE', `/api/plans/${plan.id}/goals/${goal.id}`), PlanSchema);
    expect(plan.goals.map((g) => g.criterion)).toEqual(['C7']);
  });

  it('show each plan criterion’s measured change once the follow-up round’s report is published', async () => {
    const { roundId: followUpId } = await insertSyntheticRound(db.sql, loadInstruments(), {
      locationId: demo.noord.locationId,
      kind: 'follow_up',
      status: 'closed',
      opensOn: '2027-10-01',
      closesOn: '2027-10-31',
      counts: { parents: 60, professionals: 14, children: 40 },
      targets: { C1: 2.1, C2: 1.6, C3: 2.6, C4: 2.2, C5: 2.8, C6: 2.0, C7: 2.6, C8: 1.9, C9: 2.4, C10: 2.5 },
      seed: 99,
    });
    plan = await json(await researcher('GET', `/api/plans/${plan.id}`), PlanSchema);
    expect(plan.goals.find((g) => g.criterion === 'C7')?.progress).toBeNull();
    expect((await researcher('POST', `/api/reports/${followUpId}/publish`)).status).toBe(200);
    plan = await json(await researcher('GET', `/api/plans/${plan.id}`), PlanSchema);
    expect(plan.followUp?.opensOn).toBe('2027-10-01');
    const progress = plan.goals.find((g) => g.criterion === 'C7')?.progress;
    expect(progress).toMatchObject({ before: 1, levelChange: expect.any(Number) });
    const parents = progress?.perspectives.find((p) => p.perspective === 'parents');
    expect(parents?.change).toBeGreaterThan(0.5);
    expect(parents?.exceedsNoise).toBe(true);
    expect(progress?.sentence).toMatch(/^1\.0 → [23]\.0; ouders \+/);
  });
});
