import type { Locale } from '../contracts/common';
import type { PublishedReport } from '../contracts/reports';
import type { CriterionId, Perspective } from '../instruments/instrument-file';
import { withAdjustedLevels } from '../reports/publication';
import type { Level, LocationReport } from '../scoring/report-schema';

/** What every summary is made from: the publication in force, never the draft. */
export type SummaryPublication = Pick<PublishedReport, 'round' | 'report' | 'judgement' | 'publication'>;

/** The team's plan of action for the round, when there is one: its goals, in the team's (Dutch) words. */
export type SummaryPlan = { goals: ReadonlyArray<{ criterion: CriterionId; goal: string }> };

export const isRightToLeft = (locale: Locale): boolean => locale === 'ar';

/**
 * A perspective's criterion levels as its own respondents gave them, only where the group reached the minimum. The
 * report is already suppressed; the count is checked again so a snapshot made under another rule cannot leak.
 */
export function perspectiveLevels(
  report: LocationReport,
  perspective: Perspective,
  minGroupSize: number,
): Array<{ criterion: CriterionId; level: Level; mean: number }> {
  return report.criteria.flatMap((c) =>
    c.perspective === perspective && !c.suppressed && c.n >= minGroupSize
      ? [{ criterion: c.criterion, level: c.band, mean: c.mean }]
      : [],
  );
}

/** Complete respondents of a perspective when they may be shown; null when hidden, absent or below the minimum. */
export function shownCount(report: LocationReport, perspective: Perspective, minGroupSize: number) {
  const r = report.respondents.byPerspective.find((p) => p.perspective === perspective);
  if (!r) return { state: 'none' as const };
  if (r.suppressed || r.complete < minGroupSize) return { state: 'too-few' as const };
  return { state: 'shown' as const, complete: r.complete, rate: r.rate };
}

const byModelOrder = (a: CriterionId, b: CriterionId) => Number(a.slice(1)) - Number(b.slice(1));

/** The levels readers take: the researcher's where they set one, else computed; criteria without a level left out. */
function effective(published: SummaryPublication) {
  return withAdjustedLevels(published.report, published.judgement).overall.flatMap((o) =>
    o.level === null ? [] : [{ criterion: o.criterion, level: o.level, mean: o.reportedMean ?? o.level }],
  );
}

/** What the IKC does well: criteria at 3.0 (as the researcher set or the report computed), strongest first. */
export function strongCriteria(published: SummaryPublication, max = 4): CriterionId[] {
  return effective(published)
    .filter((e) => e.level === 3)
    .sort((a, b) => b.mean - a.mean || byModelOrder(a.criterion, b.criterion))
    .slice(0, max)
    .map((e) => e.criterion);
}

export type WorkOn =
  | { source: 'plan'; goals: Array<{ criterion: CriterionId; goal: string }> }
  | { source: 'report'; criteria: CriterionId[] }
  | { source: 'none' };

/**
 * What the IKC will work on: the goals of its plan of action when it has any; otherwise the report's points for
 * improvement, the criteria below 3.0 with the lowest first.
 */
export function workOn(published: SummaryPublication, plan: SummaryPlan | null, max = 5): WorkOn {
  if (plan && plan.goals.length > 0)
    return {
      source: 'plan',
      goals: [...plan.goals].sort((a, b) => byModelOrder(a.criterion, b.criterion)).slice(0, max),
    };
  const weak = effective(published)
    .filter((e) => e.level < 3)
    .sort((a, b) => a.level - b.level || a.mean - b.mean || byModelOrder(a.criterion, b.criterion))
    .slice(0, Math.min(max, 3))
    .map((e) => e.criterion);
  return weak.length > 0 ? { source: 'report', criteria: weak } : { source: 'none' };
}
