import { describe, expect, it } from 'vitest';
import emailV2 from '../../../surveys/mg-email/v2.json';
import phoneV2 from '../../../surveys/mg-phone/v2.json';
import { model, modelV2, realInstrument, visit } from '../test-support/scoring-fixtures';
import { groupCodings, mergeCodings } from './double-coding';
import { compareCodings, raterAgreement } from './rater-agreement';
import { scoreLocation } from './score-location';

const phone = realInstrument(phoneV2);
const email = realInstrument(emailV2);
const files = new Map([phone, email].map((f) => [`${f.key}@${f.version}`, f]));

const STANDARD_YES = Object.fromEntries(
  [
    'ph_answered',
    'ph_names',
    'ph_asks_through',
    'ph_asks_child',
    'ph_answer_or_who',
    'ph_rule_named',
    'ph_rule_why',
    'ph_callback',
    'ph_next_step',
    'ph_invites_visit',
  ].map((n) => [n, 'yes']),
);
/** Two raters on one phone call; the codes differ only in case and spaces. */
const raterA = visit(phone, {
  ...STANDARD_YES,
  mg_scenario: 'standard',
  mg_rater: 'A',
  mg_visit_code: 'v-7',
  ph_callback: 'no',
  ph_invites_visit: 'dk',
  ph_seconds: 14,
});
const raterB = visit(phone, {
  ...STANDARD_YES,
  mg_scenario: 'standard',
  mg_rater: 'B',
  mg_visit_code: ' V-7 ',
  ph_callback: 'partly',
  ph_next_step: 'no',
  ph_seconds: 16,
});
const other = visit(phone, { ...STANDARD_YES, mg_scenario: 'standard', mg_rater: 'A', mg_visit_code: 'v-8' });
const noCode = visit(phone, { ...STANDARD_YES, mg_scenario: 'standard' });
const emailA = visit(email, {
  mg_scenario: 'standard',
  mg_visit_code: 'e-1',
  mg_rater: 'A',
  e_reply: 'yes',
  e_plain: 'no',
});
const emailB = visit(email, {
  mg_scenario: 'standard',
  mg_visit_code: 'e-1',
  mg_rater: 'C',
  e_reply: 'yes',
  e_plain: 'no',
});

describe('groupCodings', () => {
  it('groups codings by visit code per form, in input order; a visit without a code stands alone', () => {
    expect(groupCodings([raterA, other, raterB, noCode, emailA, emailB], files)).toEqual([
      { instrumentKey: 'mg-phone', version: 2, visitCode: 'V-7', indexes: [0, 2] },
      { instrumentKey: 'mg-phone', version: 2, visitCode: 'V-8', indexes: [1] },
      { instrumentKey: 'mg-phone', version: 2, visitCode: null, indexes: [3] },
      { instrumentKey: 'mg-email', version: 2, visitCode: 'E-1', indexes: [4, 5] },
    ]);
  });
});

describe('compareCodings', () => {
  it('pairs the ticks both raters answered and lists every tick they answered differently', () => {
    const { pairs, disagreements } = compareCodings(raterA.answers, raterB.answers, phone, model);
    expect(pairs).toHaveLength(9);
    expect(disagreements.map((d) => [d.item, d.a, d.b])).toEqual([
      ['ph_callback', 'no', 'partly'],
      ['ph_next_step', 'yes', 'no'],
      ['ph_invites_visit', 'not-observed', 'yes'],
    ]);
  });

  it("leaves out ticks a rater was not asked (another scenario's route)", () => {
    const a = { ...raterA.answers, ph_language: 'yes' };
    const b = { ...raterB.answers, ph_language: 'no' };
    expect(compareCodings(a, b, phone, model).disagreements.map((d) => d.item)).not.toContain('ph_language');
  });
});

describe('raterAgreement', () => {
  const visits = [raterA, raterB, emailA, emailB];
  const agreement = raterAgreement(groupCodings(visits, files), visits, files, modelV2);

  it('gives each pair its kappa against the model minimum', () => {
    // Phone: 9 ticks, 7 agree; A yes 8 no 1, B yes 7 partly 1 no 1 → pₑ = 57/81, κ = (63 − 57)/(81 − 57) = 0.25.
    expect(agreement?.pairs[0]).toMatchObject({
      instrumentKey: 'mg-phone',
      visitCode: 'V-7',
      indexes: [0, 1],
      raters: ['A', 'B'],
      ticks: 9,
      kappa: 0.25,
      meetsMinimum: false,
      settled: false,
    });
    expect(agreement?.pairs[1]).toMatchObject({ instrumentKey: 'mg-email', ticks: 2, kappa: 1, meetsMinimum: true });
  });

  it('pools every compared tick per form and over the round', () => {
    expect(agreement?.kappaMin).toBe(0.6);
    expect(agreement?.byForm.map((f) => [f.instrumentKey, f.kappa])).toEqual([
      ['mg-phone', 0.25],
      ['mg-email', 1],
    ]);
    // 11 ticks, 9 agree; A yes 9 no 2, B yes 8 partly 1 no 2 → pₑ = 76/121, κ = 23/45.
    expect(agreement?.pooled.kappa).toBeCloseTo(23 / 45, 9);
    expect(agreement?.pooled.meetsMinimum).toBe(false);
  });

  it('is null when no visit was coded twice', () => {
    expect(raterAgreement(groupCodings([other, noCode], files), [other, noCode], files, modelV2)).toBeNull();
  });
});

describe('mergeCodings', () => {
  const merged = mergeCodings([raterA.answers, raterB.answers], phone, model);

  it.each([
    { rule: 'an answer both raters gave stands', item: 'ph_answered', answer: 'yes' },
    { rule: 'a disagreement takes the lower credit (no against partly)', item: 'ph_callback', answer: 'no' },
    { rule: 'a disagreement takes the lower credit (yes against no)', item: 'ph_next_step', answer: 'no' },
    { rule: 'an observation beats "niet waargenomen"', item: 'ph_invites_visit', answer: 'yes' },
    { rule: 'facts and context come from the first coding', item: 'ph_seconds', answer: 14 },
    { rule: "the first rater's context is kept", item: 'mg_rater', answer: 'A' },
  ])('$rule', ({ item, answer }) => {
    expect(merged[item]).toBe(answer);
  });

  it('does not depend on the order of the codings for ticks', () => {
    const reversed = mergeCodings([raterB.answers, raterA.answers], phone, model);
    for (const name of Object.keys(STANDARD_YES)) expect(reversed[name]).toBe(merged[name]);
  });

  it("scores the researcher's settled coding instead", () => {
    const settled = mergeCodings([raterA.answers, raterB.answers], phone, model, {
      ph_callback: 'yes',
      ph_next_step: 'partly',
    });
    expect([settled.ph_callback, settled.ph_next_step, settled.mg_rater]).toEqual(['yes', 'partly', 'A']);
  });
});

describe('scoreLocation with a double-coded visit', () => {
  const input = { model: modelV2, instruments: [phone], responses: [], visits: [raterA, raterB, other] };
  const report = scoreLocation(input);
  const visits = report.mysteryGuest.touchpoints[0]?.visits ?? [];

  it('counts two raters on one visit as one visit', () => {
    expect(visits.map((v) => v.index)).toEqual([0, 2]);
    expect(visits[0]?.codings).toEqual({ indexes: [0, 1], raters: ['A', 'B'], visitCode: 'V-7', settled: false });
    expect(visits[1]?.codings).toBeUndefined();
    const answered = report.items.find((i) => i.item === 'ph_answered');
    expect(answered).toMatchObject({ n: 2 });
    expect(report.criteria.find((c) => c.criterion === 'C3' && c.perspective === 'mystery-guest')).toMatchObject({
      n: 2,
    });
  });

  it('reports the agreement, and scores a settled coding when the researcher gave one', () => {
    expect(report.mysteryGuest.agreement?.pairs).toHaveLength(1);
    const settled = scoreLocation({
      ...input,
      settledCodings: [
        { instrumentKey: 'mg-phone', visitCode: 'v-7', answers: { ph_callback: 'yes', ph_next_step: 'yes' } },
      ],
    });
    const first = settled.mysteryGuest.touchpoints[0]?.visits[0];
    expect(first?.codings?.settled).toBe(true);
    expect(first?.ticks.find((t) => t.item === 'ph_callback')?.answer).toBe('yes');
    expect(settled.mysteryGuest.agreement?.pairs[0]?.settled).toBe(true);
  });
});
