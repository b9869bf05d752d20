import {
  type ChildrenSummary,
  childrenSummary,
  type Locale,
  type ParentsSummary,
  parentsSummary,
  type SummaryPlan,
  type SummaryPublication,
  type SummaryTexts,
} from '@driehoek/shared';
import { loadScanModel, loadSummaryTexts } from '@driehoek/surveys';
import type { Sql } from '../../platform/db';
import { findPlanIdForRound, listGoals } from '../plans/queries';
import { currentPublication } from '../reports/publication-queries';

/** What a round's summaries are made of: the publication in force, the plan's goals, the model's minimum group. */
export type SummarySource = {
  published: SummaryPublication;
  plan: SummaryPlan | null;
  minGroupSize: number;
  texts: SummaryTexts;
};

/** Undefined while nothing is published or after the publication was retracted: then no summary exists. */
export async function loadSummarySource(sql: Sql, roundId: string): Promise<SummarySource | undefined> {
  const publication = await currentPublication(sql, roundId);
  if (!publication) return undefined;
  const planId = await findPlanIdForRound(sql, roundId);
  const goals = planId ? await listGoals(sql, planId) : [];
  return {
    published: publication.snapshot,
    plan: goals.length > 0 ? { goals: goals.map((g) => ({ criterion: g.criterion, goal: g.goal })) } : null,
    // The model the round was scored with: its minimum is the one the snapshot was suppressed under.
    minGroupSize: loadScanModel(publication.snapshot.round.modelVersion).privacy.minGroupSize,
    texts: loadSummaryTexts(),
  };
}

export const parentsOf = (source: SummarySource, locale: Locale): ParentsSummary =>
  parentsSummary({ ...source, locale });

export const childrenOf = (source: SummarySource): ChildrenSummary => childrenSummary(source);
