import { describe, expect, it } from 'vitest';
import { groupFigures } from '../scoring/group-figures';
import { model, seeded } from '../test-support/scoring-fixtures';
import { poolFigures } from './pool-figures';

const shares = { '1': 0, '2': 1, '3': 0 };

describe('poolFigures', () => {
  it('pools two cells by hand: N = Σn, the n-weighted mean, the pooled sd and the t interval on them', () => {
    const pooled = poolFigures(
      [
        { n: 5, mean: 2.0, sd: 0.5, levelShares: { '1': 0.2, '2': 0.8, '3': 0 }, dontKnowRate: 0.1 },
        { n: 10, mean: 2.6, sd: 0.3, levelShares: { '1': 0, '2': 0.4, '3': 0.6 }, dontKnowRate: 0.4 },
      ],
      model,
    );
    // M = (5·2.0 + 10·2.6) / 15 = 2.4; SS = 4·0.25 + 5·0.16 + 9·0.09 + 10·0.04 = 3.01; sd = √(3.01 / 14).
    expect(pooled?.n).toBe(15);
    expect(pooled?.mean).toBeCloseTo(2.4, 9);
    expect(pooled?.sd).toBeCloseTo(Math.sqrt(3.01 / 14), 9);
    // t(0.975, 14) = 2.1448: half width 2.1448 · 0.46368 / √15 = 0.2568.
    expect(pooled?.interval?.low).toBeCloseTo(2.4 - 0.2568, 3);
    expect(pooled?.interval?.high).toBeCloseTo(2.4 + 0.2568, 3);
    expect(pooled?.band).toBe(3);
    expect(pooled?.label).toBe('3.0, mogelijk 2.0');
    // Shares weighted by n: 1 → 1/15, 2 → (4 + 4)/15, 3 → 6/15.
    expect(pooled?.levelShares['1']).toBeCloseTo(1 / 15, 9);
    expect(pooled?.levelShares['2']).toBeCloseTo(8 / 15, 9);
    expect(pooled?.levelShares['3']).toBeCloseTo(6 / 15, 9);
    // dk rate weighted by n (an approximation: answer counts are not published): (0.5 + 4) / 15 = 0.3, flagged.
    expect(pooled?.dontKnowRate).toBeCloseTo(0.3, 9);
    expect(pooled?.dontKnowFlag).toBe(true);
  });

  it('gives exactly the figures of the respondents taken together', () => {
    const random = seeded(11);
    const draw = (n: number, centre: number) =>
      Array.from({ length: n }, () => Math.min(3, Math.max(1, centre + (random() - 0.5) * 1.4)));
    const a = draw(7, 1.8);
    const b = draw(23, 2.5);
    const c = draw(12, 2.2);
    const dk = { count: 0, answered: 10 };
    const parts = [a, b, c].map((x) => groupFigures(x, dk, model));
    const pooled = poolFigures(
      parts.flatMap((p) => (p ? [p] : [])),
      model,
    );
    const whole = groupFigures([...a, ...b, ...c], dk, model);
    expect(pooled?.n).toBe(whole?.n);
    expect(pooled?.mean).toBeCloseTo(whole?.mean ?? 0, 8);
    expect(pooled?.sd).toBeCloseTo(whole?.sd ?? 0, 8);
    expect(pooled?.interval?.low).toBeCloseTo(whole?.interval?.low ?? 0, 8);
    expect(pooled?.interval?.high).toBeCloseTo(whole?.interval?.high ?? 0, 8);
    expect(pooled?.possibleBands).toEqual(whole?.possibleBands);
    for (const l of ['1', '2', '3'] as const) expect(pooled?.levelShares[l]).toBeCloseTo(whole?.levelShares[l] ?? 0, 8);
  });

  it('has no spread from one visit alone, and nothing from no cells', () => {
    const one = poolFigures([{ n: 1, mean: 2, sd: null, levelShares: shares, dontKnowRate: null }], model);
    expect(one).toMatchObject({ n: 1, mean: 2, sd: null, interval: null, possibleBands: [2], dontKnowRate: null });
    expect(poolFigures([], model)).toBeNull();
  });
});
