import { describe, expect, it } from 'vitest';
import type { TickTier } from '../instruments/instrument-file';
import { model } from '../test-support/scoring-fixtures';
import { staircase } from './staircase';

const t = (tier: TickTier, credit: number | null) => ({ tier, credit });

describe('staircase', () => {
  it.each([
    { rule: 'every tier passed reaches 3.0', ticks: [t(1, 1), t(2, 1), t(3, 0.5)], level: 3 },
    { rule: 'a failed hygiene tier stays at the floor', ticks: [t(1, 0), t(1, 0.5), t(2, 1), t(3, 1)], level: 1 },
    { rule: 'a failed tier stops the climb', ticks: [t(1, 1), t(2, 0), t(2, 0.5), t(3, 1)], level: 1 },
    { rule: 'a failed top tier stops at 2.0', ticks: [t(1, 1), t(2, 0.5), t(3, 0)], level: 2 },
    { rule: 'mean credit of exactly the pass share passes', ticks: [t(1, 1), t(1, 0), t(2, 0.5)], level: 2 },
    { rule: 'a tier without observations is skipped on the way up', ticks: [t(1, 1), t(3, 1)], level: 3 },
    { rule: 'a tier without observations cannot be reached', ticks: [t(1, 1), t(2, 1), t(3, null)], level: 2 },
    { rule: 'only partnership ticks observed and met reach 3.0', ticks: [t(3, 1)], level: 3 },
    { rule: 'only partnership ticks observed and missed stay at the floor', ticks: [t(3, 0)], level: 1 },
  ])('$rule', ({ ticks, level }) => {
    expect(staircase(ticks, model)?.level).toBe(level);
  });

  it('has no level when nothing was observed', () => {
    expect(staircase([t(1, null), t(3, null)], model)).toBeNull();
  });

  it('shows the mean credit and verdict per tier', () => {
    expect(staircase([t(1, 1), t(1, 0.5), t(2, 0)], model)?.tiers).toEqual([
      { tier: 1, answered: 2, meanCredit: 0.75, passed: true },
      { tier: 2, answered: 1, meanCredit: 0, passed: false },
      { tier: 3, answered: 0, meanCredit: null, passed: null },
    ]);
  });
});
