import { describe, expect, it } from 'vitest';
import { scoreMysteryGuest } from './mystery-guest';
import { instrument, model, tick, visit } from './test-fixtures';

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
    // C5: one visit at 3; two of four C5 ticks not observed.
    const c5 = criteria.find((c) => c.criterion === 'C5');
    expect(c5).toMatchObject({ n: 1, mean: 3, dontKnowRate: 0.5, dontKnowFlag: true });
    expect(results.evidence.find((e) => e.criterion === 'C3')?.visits).toEqual([
      { instrumentKey: 'mg-phone', index: 0, level: 2 },
      { instrumentKey: 'mg-phone', index: 1, level: 1 },
      { instrumentKey: 'mg-email', index: 2, level: 1 },
    ]);
  });

  it('refuses a visit on a form the round did not pin', () => {
    expect(() => scoreMysteryGuest([visit(email, {})], [phone], model)).toThrow(/mg-email v1 is not a pinned/);
  });
});
