import type { PlanAction, PlanStatus } from '../contracts/plans';
import { overdueActions } from './overdue';

/** Goals, actions done of all that count (stopped ones do not), and overdue actions: a plan at a glance. */
export function planStatus(
  goals: number,
  actions: ReadonlyArray<Pick<PlanAction, 'id' | 'goalId' | 'title' | 'owner' | 'dueOn' | 'status'>>,
  today: string,
): PlanStatus {
  const counted = actions.filter((a) => a.status !== 'stopped');
  return {
    goals,
    actionsDone: counted.filter((a) => a.status === 'done').length,
    actionsTotal: counted.length,
    overdue: overdueActions(actions, today).length,
  };
}
