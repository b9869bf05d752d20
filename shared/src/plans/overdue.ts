import type { OverdueAction, PlanAction } from '../contracts/plans';

const dayNumber = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};

/**
 * Actions past their due date that are still planned or in progress, most overdue first. `today` is the Dutch
 * calendar day (`YYYY-MM-DD`); an action due today is not overdue.
 */
export function overdueActions(
  actions: ReadonlyArray<Pick<PlanAction, 'id' | 'goalId' | 'title' | 'owner' | 'dueOn' | 'status'>>,
  today: string,
): OverdueAction[] {
  return actions
    .flatMap((a) => {
      if (a.dueOn === null || (a.status !== 'planned' && a.status !== 'in_progress') || a.dueOn >= today) return [];
      const daysLate = Math.round(dayNumber(today) - dayNumber(a.dueOn));
      return [{ actionId: a.id, goalId: a.goalId, title: a.title, owner: a.owner, dueOn: a.dueOn, daysLate }];
    })
    .sort((a, b) => b.daysLate - a.daysLate || a.title.localeCompare(b.title));
}
