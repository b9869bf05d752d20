import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../contracts/plans';
import { overdueActions } from './overdue';

const goalId = '00000000-0000-4000-8000-000000000001';
const make = (id: number, dueOn: string | null, status: PlanAction['status']) => ({
  id: `00000000-0000-4000-8000-00000000001${id}`,
  goalId,
  title: `Actie ${id}`,
  owner: 'IB',
  dueOn,
  status,
});

describe('overdueActions', () => {
  it.each([
    ['planned, due yesterday', '2027-01-14', 'planned', 1],
    ['in progress, due a month ago', '2026-12-15', 'in_progress', 31],
    ['planned, due today', '2027-01-15', 'planned', null],
    ['planned, due tomorrow', '2027-01-16', 'planned', null],
    ['done, due long ago', '2026-01-01', 'done', null],
    ['stopped, due long ago', '2026-01-01', 'stopped', null],
    ['planned without a due date', null, 'planned', null],
  ] as const)('reports an action %s (due %s, %s) as days late: %s', (_, dueOn, status, daysLate) => {
    const result = overdueActions([make(1, dueOn, status)], '2027-01-15');
    expect(result[0]?.daysLate ?? null).toBe(daysLate);
  });

  it('counts days across a change to summer time without losing one', () => {
    expect(overdueActions([make(1, '2027-03-27', 'planned')], '2027-03-29')[0]?.daysLate).toBe(2);
  });

  it('lists the most overdue action first', () => {
    const result = overdueActions(
      [make(1, '2027-01-10', 'planned'), make(2, '2026-11-01', 'in_progress')],
      '2027-01-15',
    );
    expect(result.map((r) => r.title)).toEqual(['Actie 2', 'Actie 1']);
  });
});
