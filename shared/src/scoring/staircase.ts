import type { TickTier } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import type { Level, Staircase } from './report-schema';

const TIERS: ReadonlyArray<TickTier> = [1, 2, 3];

/**
 * The model's staircase over a visit's ticks: a visit reaches tier T when tier T has answered ticks and every tier up
 * to T that has answered ticks has a mean credit of at least `passShare`; the floor is 1.0. A tier nobody could
 * observe is skipped, but a visit cannot reach a tier it has no observation of. Null when no tick was answered.
 */
export function staircase(
  ticks: ReadonlyArray<{ tier: TickTier; credit: number | null }>,
  model: Pick<ScanModel, 'mysteryGuest'>,
): Staircase | null {
  const tiers = TIERS.map((tier) => {
    const credits = ticks.flatMap((t) => (t.tier === tier && t.credit !== null ? [t.credit] : []));
    const meanCredit = credits.length > 0 ? credits.reduce((a, b) => a + b, 0) / credits.length : null;
    return {
      tier,
      answered: credits.length,
      meanCredit,
      passed: meanCredit === null ? null : meanCredit >= model.mysteryGuest.passShare,
    };
  });
  if (tiers.every((t) => t.answered === 0)) return null;
  let level: Level = 1;
  for (const t of tiers) {
    if (t.passed === false) break;
    if (t.passed === true) level = t.tier;
  }
  return { level, tiers };
}
