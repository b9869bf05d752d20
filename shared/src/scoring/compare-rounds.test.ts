import { describe, expect, it } from 'vitest';
import { answersFor, instrument, model, respond, scored, seeded } from '../test-support/scoring-fixtures';
import { compareRounds } from './compare-rounds';
import { scoreLocation } from './score-location';

const v1 = instrument('ouders', 'parents', {
  a: scored('parents.c5.asked', 'C5'),
  b: scored('parents.c5.present', 'C5'),
});
const v2 = {
  ...instrument(
    'ouders',
    'parents',
    {
      a: scored('parents.c5.asked', 'C5'),
      b2: scored('parents.c5.child-present', 'C5'),
      n: scored('parents.c5.new', 'C5'),
    },
    2,
  ),
  conceptMap: { 'parents.c5.child-present': 'parents.c5.present', 'parents.c5.new': null },
};

function round(file: typeof v1, items: string[], weights: Record<string, number>, seed: number, n = 40) {
  const random = seeded(seed);
  return scoreLocation({
    model,
    instruments: [file],
    responses: Array.from({ length: n }, () => respond(file, answersFor(items, weights, random))),
  });
}

describe('compareRounds', () => {
  const baseline = round(v1, ['a', 'b'], { '1': 0.5, '2': 0.5 }, 1);
  const better = round(v2, ['a', 'b2', 'n'], { '3': 0.4, '4': 0.6 }, 2);
  const same = round(v2, ['a', 'b2', 'n'], { '1': 0.5, '2': 0.5 }, 3);
  const options = { confidence: 0.95, conceptMap: v2.conceptMap };

  it('sees a real improvement as larger than the noise', () => {
    const { criteria, overall } = compareRounds(baseline, better, options);
    const c5 = criteria.find((c) => c.criterion === 'C5');
    expect(c5?.change?.change).toBeGreaterThan(1);
    expect(c5?.change?.exceedsNoise).toBe(true);
    expect(c5?.change?.interval?.low).toBeGreaterThan(0);
    expect(overall.find((o) => o.criterion === 'C5')).toMatchObject({
      before: { level: 1 },
      after: { level: 3 },
      levelChange: 2,
    });
  });

  it('sees the same distribution drawn again as noise', () => {
    const c5 = compareRounds(baseline, same, options).criteria.find((c) => c.criterion === 'C5');
    expect(c5?.change?.exceedsNoise).toBe(false);
    expect(c5?.change?.interval?.low).toBeLessThan(0);
    expect(c5?.change?.interval?.high).toBeGreaterThan(0);
  });

  it('says which questions the two means rest on: kept, new and dropped', () => {
    const c5 = compareRounds(baseline, better, options).criteria.find((c) => c.criterion === 'C5');
    // a kept as is, b2 continues b, n is new; nothing dropped.
    expect(c5?.questions).toEqual({ kept: 1, continued: 1, added: 1, dropped: 0 });
    const reversed = compareRounds(better, baseline, { confidence: 0.95 }).criteria.find((c) => c.criterion === 'C5');
    // Without the map, b is not b2: a kept, b new, b2 and n dropped.
    expect(reversed?.questions).toEqual({ kept: 1, continued: 0, added: 1, dropped: 2 });
  });

  it('names the perspectives answered on another questionnaire version', () => {
    expect(compareRounds(baseline, better, options).instrumentChanges).toEqual([
      { perspective: 'parents', from: [{ key: 'ouders', version: 1 }], to: { key: 'ouders', version: 2 } },
    ]);
    expect(compareRounds(better, same, options).instrumentChanges).toEqual([]);
  });

  it("lines items up by concept key through the follow-up's concept map", () => {
    const { items } = compareRounds(baseline, better, options);
    expect(items.map((i) => [i.concept, i.baselineConcept, i.change !== null])).toEqual([
      ['parents.c5.asked', 'parents.c5.asked', true],
      ['parents.c5.child-present', 'parents.c5.present', true],
      ['parents.c5.new', null, false],
    ]);
  });

  it('compares nothing that either round hides', () => {
    const small = round(v2, ['a', 'b2', 'n'], { '4': 1 }, 4, 3);
    const { criteria, items } = compareRounds(baseline, small, options);
    expect(criteria.find((c) => c.criterion === 'C5')?.change).toBeNull();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.change === null)).toBe(true);
  });
});
