import {
  type Ambition,
  type CriterionId,
  formatDutchDate,
  type KnosterInput,
  withAdjustedLevels,
} from '@driehoek/shared';
import type { Sql } from '../../platform/db';
import { currentPublication } from '../reports/publication-queries';
import { findAgreements } from './queries';

export type PriorityGoal = { criterion: CriterionId; ambition: Ambition; goal: string; knoster: KnosterInput };

/** A goal's text limit (plan_goals.goal); a long meeting note is cut rather than refused. */
const GOAL_MAX = 2000;

const NO_KNOSTER: KnosterInput = { vision: '', skills: '', incentives: '', resources: '', actionPlan: '' };

/**
 * The goals a new plan of action starts with: one per priority the team agreed in the feedback meeting, in their
 * order, aiming one level above the published level (the researcher's where set). A priority already at 3.0 gets no
 * goal: a plan aims above the current level. Empty without agreements or publication.
 */
export async function priorityGoals(sql: Sql, roundId: string): Promise<PriorityGoal[]> {
  const agreements = await findAgreements(sql, roundId);
  const publication = agreements && (await currentPublication(sql, roundId));
  if (!agreements || !publication) return [];
  const { report, judgement } = publication.snapshot;
  const levels = withAdjustedLevels(report, judgement).overall;
  return agreements.priorities.flatMap((criterion, i) => {
    const level = levels.find((o) => o.criterion === criterion)?.level ?? null;
    if (level === 3) return [];
    return [
      {
        criterion,
        ambition: level === 2 ? 3 : 2,
        goal: `Prioriteit ${i + 1} uit de terugkoppeling van ${formatDutchDate(agreements.metOn)}.${agreements.note ? ` ${agreements.note}` : ''}`.slice(
          0,
          GOAL_MAX,
        ),
        knoster: NO_KNOSTER,
      },
    ];
  });
}
