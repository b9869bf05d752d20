import { tQuantile } from './t-quantile';

export type Interval = { low: number; high: number };
/** What an interval needs to know about a sample of means. */
export type SampleSummary = { n: number; mean: number; sd: number | null };

/**
 * The t interval mean ± t(confidence, n−1) · sd / √n, clamped to [min, max] because no mean can leave the scale.
 * Null for fewer than two values, where there is no spread to build it from.
 */
export function meanInterval(
  sample: SampleSummary,
  confidence: number,
  bounds: { min: number; max: number },
): Interval | null {
  if (sample.n < 2 || sample.sd === null) return null;
  const half = tQuantile(confidence, sample.n - 1) * (sample.sd / Math.sqrt(sample.n));
  return { low: Math.max(bounds.min, sample.mean - half), high: Math.min(bounds.max, sample.mean + half) };
}

export type DifferenceInterval = Interval & { difference: number; df: number };

/**
 * Welch's interval for the difference `after.mean − before.mean` of two independent samples with unequal variances:
 * se² = s₁²/n₁ + s₂²/n₂, df by Welch–Satterthwaite. Null when either sample has fewer than two values.
 */
export function welchInterval(
  before: SampleSummary,
  after: SampleSummary,
  confidence: number,
): DifferenceInterval | null {
  if (before.n < 2 || after.n < 2 || before.sd === null || after.sd === null) return null;
  const difference = after.mean - before.mean;
  const v1 = before.sd ** 2 / before.n;
  const v2 = after.sd ** 2 / after.n;
  const se = Math.sqrt(v1 + v2);
  if (se === 0) return { low: difference, high: difference, difference, df: before.n + after.n - 2 };
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (before.n - 1) + v2 ** 2 / (after.n - 1));
  const half = tQuantile(confidence, df) * se;
  return { low: difference - half, high: difference + half, difference, df };
}
