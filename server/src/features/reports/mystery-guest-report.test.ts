import { type InstrumentFile, type LocationReport, LocationReportSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closedRoundWithParents, recordVisit, ticks } from '../../test-support/guest-rounds';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
let admin: Awaited<ReturnType<typeof staffAgent>>;
const catalog = loadInstruments();
const form = (key: string): InstrumentFile => {
  const file = catalog.get(key, 2);
  if (!file) throw new Error(`${key} v2 is not published`);
  return file;
};
const phone = form('mg-phone');
const email = form('mg-email');

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  admin = await staffAgent(app, db.sql, 'admin');
});
afterAll(() => db?.close());

async function reportOf(roundId: string): Promise<LocationReport> {
  const res = await admin.send('GET', `/api/reports/${roundId}`);
  expect(res.status).toBe(200);
  return LocationReportSchema.parse(((await res.json()) as { report: unknown }).report);
}
async function htmlOf(roundId: string): Promise<string> {
  const res = await admin.send('GET', `/api/reports/${roundId}/html?version=draft`);
  expect(res.status).toBe(200);
  return res.text();
}
/** The mystery-guest section of the report's HTML. */
const guestSection = (html: string) =>
  /<section class="major" id="mystery-guest">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

const ALL_YES = ticks(phone, () => 'yes');
const context = (rater: string, extra: Record<string, unknown> = {}) => ({
  mg_time: '10:00',
  mg_scenario: 'standard',
  mg_rater: rater,
  ...extra,
});

describe('the mystery guest in the report', () => {
  it('lowers no level with a perfect visit that could observe tier 1 only', async () => {
    const scan = await closedRoundWithParents(db.sql, catalog, 'Laag een');
    const before = await reportOf(scan.roundId);
    await recordVisit(db.sql, scan.roundId, phone, {
      ...context('A'),
      ...ticks(phone, (tier) => (tier === 1 ? 'yes' : 'dk')),
    });
    const after = await reportOf(scan.roundId);
    const guest = after.criteria.filter((c) => c.perspective === 'mystery-guest');
    expect(guest.length).toBeGreaterThan(0);
    expect(guest.every((c) => !c.suppressed && c.observation?.highestTierObserved === 1)).toBe(true);
    for (const o of after.overall) {
      const was = before.overall.find((b) => b.criterion === o.criterion);
      expect(o.level ?? 0, o.criterion).toBeGreaterThanOrEqual(was?.level ?? 0);
      if (o.weightedMean !== null && was?.weightedMean != null)
        expect(o.weightedMean, o.criterion).toBeGreaterThanOrEqual(was.weightedMean - 1e-9);
    }
  });

  it('counts two raters on one visit as one visit, shows kappa per form and over the round, and scores the settled coding', async () => {
    const scan = await closedRoundWithParents(db.sql, catalog, 'Twee observanten');
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    await recordVisit(db.sql, scan.roundId, phone, { ...context('A', { mg_visit_code: 'T-1' }), ...ALL_YES });
    await recordVisit(db.sql, scan.roundId, phone, {
      ...context('B', { mg_visit_code: 't-1' }),
      ...ALL_YES,
      ph_asks_child: 'no',
      ph_rule_why: 'partly',
    });
    const report = await reportOf(scan.roundId);
    const visits = report.mysteryGuest.touchpoints.flatMap((t) => t.visits);
    expect(visits).toHaveLength(1);
    expect(visits[0]?.codings).toMatchObject({ raters: ['A', 'B'], visitCode: 'T-1', settled: false });
    const agreement = report.mysteryGuest.agreement;
    expect(agreement?.byForm.map((f) => f.instrumentKey)).toEqual(['mg-phone']);
    expect(agreement?.pooled.ticks).toBeGreaterThan(5);
    expect(agreement?.pooled.kappa).not.toBeNull();
    expect(agreement?.pooled.meetsMinimum).toBe(false);
    // Unsettled, the lowest answer either rater gave counts.
    expect(visits[0]?.ticks.find((t) => t.item === 'ph_asks_child')?.answer).toBe('no');

    const html = guestSection(await htmlOf(scan.roundId));
    expect(html).toContain('Overeenstemming tussen observanten');
    expect(html).toMatch(/κ = -?\d,\d\d/);
    expect(html).toContain('onder het minimum van 0,60');
    expect(html).toContain('nog niet beslist');

    const settled = await researcher.send('POST', '/api/visits/settlements', {
      roundId: scan.roundId,
      instrumentKey: 'mg-phone',
      visitCode: 'T-1',
      answers: { ph_asks_child: 'yes', ph_rule_why: 'yes' },
    });
    expect(settled.status).toBe(200);
    const after = await reportOf(scan.roundId);
    const visit = after.mysteryGuest.touchpoints.flatMap((t) => t.visits)[0];
    expect(visit?.codings?.settled).toBe(true);
    expect(visit?.ticks.find((t) => t.item === 'ph_asks_child')?.answer).toBe('yes');
    expect(after.mysteryGuest.agreement?.pairs[0]?.settled).toBe(true);
    expect(guestSection(await htmlOf(scan.roundId))).toContain('De onderzoeker heeft één bezoek beslist');
  });

  it('names a difference between the standard and another scenario as a finding on equal treatment', async () => {
    const scan = await closedRoundWithParents(db.sql, catalog, 'Scenario');
    await recordVisit(db.sql, scan.roundId, phone, { ...context('A'), ...ALL_YES, ph_seconds: 12 });
    await recordVisit(db.sql, scan.roundId, phone, {
      ...context('A', { mg_scenario: 'little-dutch' }),
      ...ALL_YES,
      ph_asks_through: 'no',
      ph_seconds: 45,
    });
    const report = await reportOf(scan.roundId);
    const findings = report.mysteryGuest.scenarios ?? [];
    expect(findings.map((f) => [f.kind, f.scenario, f.direction])).toEqual(
      expect.arrayContaining([
        ['tick', 'little-dutch', 'worse'],
        ['norm', 'little-dutch', 'worse'],
      ]),
    );
    const html = await htmlOf(scan.roundId);
    const section = guestSection(html);
    expect(section).toContain('Gelijke behandeling');
    expect(section).toContain('een ouder met weinig Nederlands niet, bij een ouder in het standaardscenario wel');
    expect(section).toContain('na 45 seconden');
    // And among the points for improvement.
    expect(html).toMatch(/Gelijke behandeling: bij de telefoon/);
  });

  it('words ticks not observed as "niet waargenomen" with their rate, and the email reply in working days', async () => {
    const scan = await closedRoundWithParents(db.sql, catalog, 'Niet waargenomen');
    let n = 0;
    await recordVisit(db.sql, scan.roundId, email, {
      mg_scenario: 'standard',
      mg_rater: 'A',
      // Friday afternoon to Wednesday morning: Monday 1, Tuesday 2, Wednesday 3 working days (not 90 hours).
      e_sent_at: '2026-10-09T16:00',
      e_replied_at: '2026-10-14T10:00',
      ...ticks(email, () => (n++ < 2 ? 'dk' : 'yes')),
    });
    const report = await reportOf(scan.roundId);
    const reply = report.mysteryGuest.touchpoints[0]?.visits[0]?.facts.find((f) => f.item === 'e_replied_at');
    expect(reply?.norm).toMatchObject({ key: 'emailReplyWorkingDays', limit: 2, value: 3, met: false });
    const html = await htmlOf(scan.roundId);
    const section = guestSection(html);
    expect(section).toContain('Niet waargenomen');
    expect(section).toMatch(/2 \(\d+%\)/);
    expect(section).toContain('3 werkdagen');
    expect(section).toContain('ten hoogste 2 werkdagen');
    expect(section).toContain('9 oktober 2026, 16:00');
    expect(section).not.toMatch(/weet ik niet/i);
    expect(section).not.toContain('3 dagen');
    // The mystery guest's row in a criterion's table says "niet waargenomen", never "weet ik niet".
    expect(html).toMatch(/\d+% niet waargenomen/);
  });
});
