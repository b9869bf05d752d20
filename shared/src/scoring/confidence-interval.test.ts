import { describe, expect, it } from 'vitest';
import { meanInterval, welchInterval } from './confidence-interval';

const scale = { min: 1, max: 3 };

describe('meanInterval', () => {
  it('is the mean plus and minus t(0.975, n−1) times sd over the root of n, clamped to the scale', () => {
    // values 1.67, 2.33, 3, 2.33, 3: mean 2.466, sd 0.556983, t(4) = 2.7764 → half width 0.691592
    const interval = meanInterval({ n: 5, mean: 2.466, sd: 0.5569829440835689 }, 0.95, scale);
    expect(interval?.low).toBeCloseTo(1.774414, 4);
    expect(interval?.high).toBe(3);
  });

  it('has no interval for fewer than two values', () => {
    expect(meanInterval({ n: 1, mean: 2, sd: null }, 0.95, scale)).toBeNull();
  });
});

describe('welchInterval', () => {
  it('matches a hand computation with unequal variances', () => {
    // before 1, 1.67, 2.33, 1.67, 1; after 2.33, 3, 3, 2.33, 3, 3 (checked with scipy):
    // difference 1.242667, se 0.286360, Welch df 6.452 → table t(6) = 2.4469
    const before = { n: 5, mean: 1.534, sd: 0.5569829440835689 };
    const after = { n: 6, mean: 2.776666666666667, sd: 0.34598651226119587 };
    const d = welchInterval(before, after, 0.95);
    expect(d?.difference).toBeCloseTo(1.242667, 5);
    expect(d?.df).toBeCloseTo(6.452, 2);
    expect(d?.low).toBeCloseTo(1.242667 - 2.4469 * 0.28636, 3);
    expect(d?.high).toBeCloseTo(1.242667 + 2.4469 * 0.28636, 3);
  });

  it('is a point when neither sample varies, and absent when a sample has one value', () => {
    expect(welchInterval({ n: 3, mean: 2, sd: 0 }, { n: 4, mean: 3, sd: 0 }, 0.95)).toMatchObject({ low: 1, high: 1 });
    expect(welchInterval({ n: 1, mean: 2, sd: null }, { n: 4, mean: 3, sd: 0.2 }, 0.95)).toBeNull();
  });
});
