import { describe, expect, it } from 'vitest';
import { instrument, model, tick, visit } from '../test-support/scoring-fixtures';
import { scoreMysteryGuest } from './mystery-guest';

const phone = instrument('mg-phone', 'mystery-guest', {
  greeted: tick('mg.c3.greeted', 'C3', 1),
  called_back: tick('mg.c3.called-back', 'C3', 2),
  asked_child: tick('mg.c5.asked-child', 'C5', 3),
  start_talk: tick('mg.c5.start-talk', 'C5', 3),
  seconds: { concept: 'mg.phone.seconds', kind: 'fact', unit: 'seconds', tags: ['norm'] },
  rings: { concept: 'mg.phone.rings', kind: 'fact', unit: 'count' },
  scenario: { concept: 'mg.phone.scenario', kind: 'context' },
});
const email = instrument('mg-email', 'mystery-guest', {
  replied: tick('mg.c3.replied', 'C3', 1),
  days: { concept: 'mg.email.days', kind: 'fact', unit: 'days', tags: ['norm'] },
});

describe('scoreMysteryGuest', () => {
  const visits = [
    visit(phone, {
      greeted: 'yes',
      called_back: 'partly',
      asked_child: 'yes',
      start_talk: 'no',
      seconds: 35,
      rings: 4,
    }),
    visit(phone, { greeted: 'yes', called_back: 'no', asked_child: 'dk', start_talk: 'dk', seconds: '12' }),
    visit(email, { replied: 'yes', days: 3 }),
  ];
  const { results, criteria } = scoreMysteryGuest(visits, [phone, email], model);
  const [first, second] = results.touchpoints[0]?.visits ?? [];

  it('groups visits by touchpoint in the order they came in', () => {
    expect(results.touchpoints.map((t) => [t.instrumentKey, t.visits.map((v) => v.index)])).toEqual([
      ['mg-phone', [0, 1]],
      ['mg-email', [2]],
    ]);
  });

  it('gives every tick its credit and its option level max(1, tier + offset)', () => {
    expect(first?.ticks.map((t) => [t.item, t.answer, t.credit, t.optionLevel])).toEqual([
      ['greeted', 'yes', 1, 1],
      ['called_back', 'partly', 0.5, 1.5],
      ['asked_child', 'yes', 1, 3],
      ['start_talk', 'no', 0, 2],
    ]);
    expect(second?.ticks[2]).toMatchObject({ answer: 'not-observed', credit: null, optionLevel: null });
  });

  it('climbs the staircase per criterion and over the whole visit', () => {
    // Visit 1: C3 tier 1 (1) and tier 2 (0.5) pass → 2; C5 tier 3 mean 0.5 passes → 3; all ticks → 3.
    expect(first?.criteria.map((c) => [c.criterion, c.level])).toEqual([
      ['C3', 2],
      ['C5', 3],
    ]);
    expect(first?.tierReached).toBe(3);
    // Visit 2: C3 tier 2 fails → 1; C5 not observed → no level.
    expect(second?.criteria.map((c) => [c.criterion, c.level])).toEqual([['C3', 1]]);
  });

  it('compares measured facts with the norms, converting days to hours', () => {
    expect(first?.facts).toEqual([
      {
        item: 'seconds',
        concept: 'mg.phone.seconds',
        criterion: null,
        unit: 'seconds',
        value: 35,
        norm: { key: 'phoneAnswerSeconds', limit: 20, value: 35, met: false },
      },
      { item: 'rings', concept: 'mg.phone.rings', criterion: null, unit: 'count', value: 4, norm: null },
    ]);
    expect(second?.facts[0]?.norm).toMatchObject({ value: 12, met: true });
    expect(second?.facts[1]).toMatchObject({ value: null, norm: null });
    expect(results.touchpoints[1]?.visits[0]?.facts[0]?.norm).toEqual({
      key: 'emailReplyHours',
      limit: 48,
      value: 72,
      met: false,
    });
  });

  it('makes the mean of visit levels the mystery-guest figure per criterion', () => {
    // C3: visit levels 2, 1 and 1 (email: tier 1 passed, nothing higher observed) → mean 4/3.
    const c3 = criteria.find((c) => c.criterion === 'C3');
    expect(c3).toMatchObject({ suppressed: false, perspective: 'mystery-guest', n: 3, band: 1, reliability: null });
    expect(!c3?.suppressed && c3?.mean).toBeCloseTo(4 / 3, 9);
    expect(results.evidence.find((e) => e.criterion === 'C3')?.visits).toEqual([
      { instrumentKey: 'mg-phone', index: 0, level: 2, observedUpTo: 2, atLeast: true },
      { instrumentKey: 'mg-phone', index: 1, level: 1, observedUpTo: 2, atLeast: false },
      { instrumentKey: 'mg-email', index: 2, level: 1, observedUpTo: 1, atLeast: true },
    ]);
  });

  it('treats "niet waargenomen" as missing data: no dk rate, a not-observed rate instead', () => {
    // C5: one visit at 3; two of four C5 ticks not observed.
    const c5 = criteria.find((c) => c.criterion === 'C5');
    expect(c5).toMatchObject({ n: 1, mean: 3, dontKnowRate: null, dontKnowFlag: false });
    expect(!c5?.suppressed && c5?.observation).toEqual({
      notObserved: 2,
      notObservedRate: 0.5,
      highestTierObserved: 3,
      visitsAtLeast: 0,
    });
    expect(results.touchpoints[0]?.notObserved).toEqual([
      { criterion: 'C3', notObserved: 0, notObservedRate: 0 },
      { criterion: 'C5', notObserved: 2, notObservedRate: 0.5 },
    ]);
  });

  it('labels a criterion whose every visit is a lower bound with "minstens"', () => {
    const bound = scoreMysteryGuest([visit(email, { replied: 'yes' })], [email], model).criteria[0];
    expect(bound).toMatchObject({ criterion: 'C3', mean: 1, label: 'minstens 1.0' });
    expect(!bound?.suppressed && bound?.observation?.visitsAtLeast).toBe(1);
  });

  it('refuses a visit on a form the round did not pin', () => {
    expect(() => scoreMysteryGuest([visit(email, {})], [phone], model)).toThrow(/mg-email v1 is not a pinned/);
  });
});

describe('scoreVisit on a routed form', () => {
  it("leaves out a tick of another scenario's route, as if the form did not have it", async () => {
    const { default: phoneV2 } = await import('../../../surveys/mg-phone/v2.json');
    const { realInstrument } = await import('../test-support/scoring-fixtures');
    const form = realInstrument(phoneV2);
    const standard = scoreMysteryGuest(
      [visit(form, { mg_scenario: 'standard', ph_answered: 'yes', ph_language: 'no' })],
      [form],
      model,
    );
    const ticks = standard.results.touchpoints[0]?.visits[0]?.ticks.map((t) => t.item);
    expect(ticks).toContain('ph_answered');
    expect(ticks).not.toContain('ph_language');
    // The C3 staircase sees only tier 1: the language tick's "no" would have failed tier 2.
    expect(standard.results.evidence.find((e) => e.criterion === 'C3')?.visits[0]).toMatchObject({
      level: 1,
      atLeast: true,
    });
    const littleDutch = scoreMysteryGuest(
      [visit(form, { mg_scenario: 'little-dutch', ph_answered: 'yes', ph_language: 'no' })],
      [form],
      model,
    );
    expect(littleDutch.results.evidence.find((e) => e.criterion === 'C3')?.visits[0]).toMatchObject({
      level: 1,
      atLeast: false,
    });
  });
});
