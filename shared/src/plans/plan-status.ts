import type { PlanState } from '../contracts/overview';
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

/**
 * A plan at a glance as one word, for the overview's filter: an overdue action outweighs everything, a plan whose
 * counted actions are all done is done, any other plan runs. The overview's SQL (`planStateSql`) follows this rule;
 * its test holds the two together.
 */
export function planState(status: PlanStatus | null): PlanState {
  if (!status) return 'none';
  if (status.overdue > 0) return 'overdue';
  if (status.actionsTotal > 0 && status.actionsDone === status.actionsTotal) return 'done';
  return 'running';
}
