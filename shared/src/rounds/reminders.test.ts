import { describe, expect, it } from 'vitest';
import { daysBetween, reminderAdvice } from './reminders';

const round = (rates: Array<number | null>, status: 'draft' | 'open' | 'closed' = 'open') => ({
  status,
  opensOn: '2026-11-02',
  closesOn: '2026-11-20',
  audiences: rates.map((responseRate, i) => ({
    audience: (['parents', 'professionals', 'children'] as const)[i] ?? 'parents',
    responseRate,
  })),
});

describe('reminderAdvice', () => {
  it('counts days to the closing day', () => {
    expect(daysBetween('2026-11-13', '2026-11-20')).toBe(7);
    expect(daysBetween('2026-10-25', '2026-10-26')).toBe(1);
    expect(daysBetween('2026-11-21', '2026-11-20')).toBe(-1);
  });

  it.each([
    ['a week before closing, parents at 30%', '2026-11-13', [0.3, 0.8], true, 7],
    ['eight days before closing', '2026-11-12', [0.3, 0.8], false, 8],
    ['on the closing day', '2026-11-20', [0.1], true, 0],
    ['the day after closing', '2026-11-21', [0.1], false, null],
    ['every audience at target', '2026-11-18', [0.5, 0.6], false, 2],
    ['no denominators', '2026-11-18', [null, null], false, 2],
  ] as const)('%s: due %s', (_name, today, rates, due, daysLeft) => {
    const advice = reminderAdvice(round([...rates]), today, 0.5);
    expect(advice.due).toBe(due);
    expect(advice.daysLeft).toBe(daysLeft);
  });

  it('names the audiences below target and those without a denominator', () => {
    expect(reminderAdvice(round([0.2, null, 0.7]), '2026-11-19', 0.5).audiences).toEqual([
      { audience: 'parents', below: true, unknown: false },
      { audience: 'professionals', below: false, unknown: true },
      { audience: 'children', below: false, unknown: false },
    ]);
  });

  it('never asks for a reminder for a round that is not open', () => {
    expect(reminderAdvice(round([0.1], 'draft'), '2026-11-19', 0.5).due).toBe(false);
    expect(reminderAdvice(round([0.1], 'closed'), '2026-11-19', 0.5).due).toBe(false);
  });
});
