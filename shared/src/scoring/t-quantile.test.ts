import { describe, expect, it } from 'vitest';
import { normalQuantile, tQuantile } from './t-quantile';

describe('tQuantile', () => {
  it.each([
    [0.95, 1, 12.7062],
    [0.95, 4, 2.7764],
    [0.95, 29, 2.0452],
    [0.95, 30, 2.0423],
    [0.9, 10, 1.8125],
    [0.99, 5, 4.0321],
  ])('reads the table at confidence %s with %s degrees of freedom', (confidence, df, expected) => {
    expect(tQuantile(confidence, df)).toBe(expected);
  });

  it.each([
    // scipy.stats.t.ppf(0.975, df)
    [0.95, 31, 2.039513],
    [0.95, 40, 2.021075],
    [0.95, 100, 1.983972],
    // scipy.stats.t.ppf(0.9, 10): not a tabled confidence
    [0.8, 10, 1.372184],
  ])('approximates confidence %s with %s degrees of freedom within 0.001', (confidence, df, expected) => {
    expect(Math.abs(tQuantile(confidence, df) - expected)).toBeLessThan(0.001);
  });

  it('rounds fractional degrees of freedom down in the table, which widens the interval', () => {
    expect(tQuantile(0.95, 6.45)).toBe(2.4469);
  });

  it('tends to the normal quantile for very many degrees of freedom', () => {
    expect(tQuantile(0.95, 1e9)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829, 6);
  });
});
