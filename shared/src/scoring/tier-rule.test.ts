import { describe, expect, it } from 'vitest';
import type { TickTier } from '../instruments/instrument-file';
import { model } from '../test-support/scoring-fixtures';
import { staircase } from './staircase';
import { countGuestVisits, type VisitBound, visitBound } from './tier-rule';

const t = (tier: TickTier, credit: number | null) => ({ tier, credit });
const boundOf = (ticks: ReturnType<typeof t>[]) => {
  const step = staircase(ticks, model);
  if (!step) throw new Error('no staircase');
  return visitBound(step);
};

describe('visitBound', () => {
  it.each([
    {
      rule: 'tier 1 passed, nothing higher observable: at least 1.0',
      ticks: [t(1, 1), t(1, 1)],
      bound: { level: 1, observedUpTo: 1, atLeast: true },
    },
    {
      rule: 'tiers 1 and 2 passed, tier 3 not observed: at least 2.0',
      ticks: [t(1, 1), t(2, 0.5), t(3, null)],
      bound: { level: 2, observedUpTo: 2, atLeast: true },
    },
    {
      rule: 'every tier passed up to 3: exact 3.0',
      ticks: [t(1, 1), t(2, 1), t(3, 1)],
      bound: { level: 3, observedUpTo: 3, atLeast: false },
    },
    {
      rule: 'a failed hygiene tier is exact evidence',
      ticks: [t(1, 0)],
      bound: { level: 1, observedUpTo: 1, atLeast: false },
    },
    {
      rule: 'a failed top tier is exact at the tier below',
      ticks: [t(1, 1), t(2, 1), t(3, 0)],
      bound: { level: 2, observedUpTo: 3, atLeast: false },
    },
    {
      rule: 'a failed middle tier stops the bound even when the top passed',
      ticks: [t(1, 1), t(2, 0), t(3, 1)],
      bound: { level: 1, observedUpTo: 3, atLeast: false },
    },
    {
      rule: 'only tier 2 observed and passed: at least 2.0',
      ticks: [t(2, 1)],
      bound: { level: 2, observedUpTo: 2, atLeast: true },
    },
  ])('$rule', ({ ticks, bound }) => {
    expect(boundOf(ticks)).toEqual(bound);
  });
});

const exact = (level: 1 | 2 | 3): VisitBound => ({ level, observedUpTo: 3, atLeast: false });
const atLeast = (level: 1 | 2): VisitBound => ({ level, observedUpTo: level, atLeast: true });

describe('countGuestVisits', () => {
  it.each([
    {
      rule: 'lower bounds rise to the other perspectives and are no evidence',
      visits: [atLeast(1), atLeast(1)],
      others: 2.8,
      count: { mean: 2.8, n: 2, evidenceMean: null, visitsAtLeast: 2, observedUpTo: 1 },
    },
    {
      rule: 'a lower bound above the other perspectives keeps its own level',
      visits: [atLeast(2)],
      others: 1.4,
      count: { mean: 2, n: 1, evidenceMean: null, visitsAtLeast: 1, observedUpTo: 2 },
    },
    {
      rule: 'exact visits count as they are, and carry the evidence',
      visits: [exact(3), exact(1)],
      others: 2.5,
      count: { mean: 2, n: 2, evidenceMean: 2, visitsAtLeast: 0, observedUpTo: null },
    },
    {
      rule: 'mixed: exact at its level, the bound raised',
      visits: [exact(1), atLeast(2)],
      others: 2.6,
      count: { mean: 1.8, n: 2, evidenceMean: 1, visitsAtLeast: 1, observedUpTo: 2 },
    },
    {
      rule: 'without other perspectives the bounds are left out',
      visits: [exact(3), atLeast(1)],
      others: null,
      count: { mean: 3, n: 1, evidenceMean: 3, visitsAtLeast: 1, observedUpTo: 1 },
    },
    {
      rule: 'only bounds and no other perspective: the guest drops out',
      visits: [atLeast(2), atLeast(1)],
      others: null,
      count: { mean: null, n: 0, evidenceMean: null, visitsAtLeast: 2, observedUpTo: 2 },
    },
  ])('$rule', ({ visits, others, count }) => {
    expect(countGuestVisits(visits, others)).toEqual(count);
  });

  it('never lowers the weighted mean below the other perspectives when every visit is a bound', () => {
    for (const others of [1, 1.3, 2, 2.4, 3])
      for (const visits of [[atLeast(1)], [atLeast(2), atLeast(1)], [atLeast(2)]]) {
        const { mean } = countGuestVisits(visits, others);
        expect(mean).not.toBeNull();
        expect(mean as number).toBeGreaterThanOrEqual(others);
      }
  });
});
