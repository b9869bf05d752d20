import type { TickTier } from '../instruments/instrument-file';
import { tidy } from './labels';
import type { Level, Staircase } from './report-schema';

/** The highest of some tiers; tier 1 (the floor) for none. */
export const highestTier = (tiers: ReadonlyArray<TickTier>): TickTier => Math.max(1, ...tiers) as TickTier;

/** What one visit's staircase on a criterion says: its level, the highest tier it observed, and whether it is a bound. */
export type VisitBound = { level: Level; observedUpTo: TickTier; atLeast: boolean };

/**
 * Reads a visit's staircase on a criterion by the tier rule. A visit that failed a tier is exact: failing something
 * observable is evidence. A visit that passed every tier it observed says "at least T" when T, the highest tier it
 * observed, is below 3: its forms could not show more, so its level is a lower bound, not a verdict.
 */
export function visitBound(step: Staircase): VisitBound {
  const observed = step.tiers.filter((t) => t.answered > 0);
  const observedUpTo = highestTier(observed.map((t) => t.tier));
  const failed = observed.some((t) => t.passed === false);
  return { level: step.level, observedUpTo, atLeast: !failed && observedUpTo < 3 };
}

/** The mystery guest's part in one criterion's overall level after the tier rule. */
export type GuestCount = {
  /** The figure weighted with the other perspectives; null: the guest drops out of the criterion's weights. */
  mean: number | null;
  /** Visits behind `mean`. */
  n: number;
  /** Mean over the exact visits only, the guest's only evidence at 3.0; null when no visit is exact. */
  evidenceMean: number | null;
  visitsAtLeast: number;
  /** The highest tier a lower-bound visit observed; null without lower-bound visits. */
  observedUpTo: TickTier | null;
};

const meanOf = (xs: ReadonlyArray<number>) =>
  xs.length === 0 ? null : tidy(xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * The tier rule on a criterion's visits (model v2 `mysteryGuest.tierRule`, applied under every model version because
 * it corrects a method error): an exact visit counts at its level; a lower-bound visit counts as max(its level, the
 * weighted mean of the other perspectives), or is left out when no other perspective has figures. So a guest who
 * passed everything observable can raise a criterion but never lower it below the other perspectives, and only
 * exact visits can carry a 3.0.
 */
export function countGuestVisits(visits: ReadonlyArray<VisitBound>, othersMean: number | null): GuestCount {
  const exact = visits.filter((v) => !v.atLeast).map((v) => v.level);
  const bounds = visits.filter((v) => v.atLeast);
  const raised = othersMean === null ? [] : bounds.map((v) => Math.max(v.level, othersMean));
  const counted = [...exact, ...raised];
  return {
    mean: meanOf(counted),
    n: counted.length,
    evidenceMean: meanOf(exact),
    visitsAtLeast: bounds.length,
    observedUpTo: bounds.length === 0 ? null : highestTier(bounds.map((v) => v.observedUpTo)),
  };
}
