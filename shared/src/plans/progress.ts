import type { GoalProgress } from '../contracts/plans';
import type { CriterionId } from '../instruments/instrument-file';
import type { RoundComparison } from '../scoring/report-schema';
import { PERSPECTIVE_NL } from '../vocabulary';
import { levelText } from './suggestions';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

/**
 * A plan criterion in a follow-up round: the overall level before and after, and per perspective the change in
 * the mean with its interval and whether it exceeds the noise of two samples.
 */
export function goalProgress(criterion: CriterionId, comparison: RoundComparison): GoalProgress {
  const overall = comparison.overall.find((o) => o.criterion === criterion);
  const before = overall?.before?.level ?? null;
  const after = overall?.after?.level ?? null;
  const perspectives = comparison.criteria.flatMap((c) =>
    c.criterion === criterion && c.change
      ? [
          {
            perspective: c.perspective,
            before: c.change.before.mean,
            after: c.change.after.mean,
            change: c.change.change,
            interval: c.change.interval,
            exceedsNoise: c.change.exceedsNoise,
          },
        ]
      : [],
  );
  const pct = Math.round(comparison.confidence * 100);
  const parts = perspectives.map(
    (p) =>
      `${PERSPECTIVE_NL[p.perspective]} ${signed(p.change)}${p.interval ? ` (${pct}%-interval ${signed(p.interval.low)} tot ${signed(p.interval.high)})` : ''}, ${p.exceedsNoise ? 'groter dan de ruis' : 'binnen de ruis'}`,
  );
  const head = `${levelText(before)} → ${levelText(after)}`;
  return {
    criterion,
    before,
    after,
    levelChange: overall?.levelChange ?? null,
    perspectives,
    sentence: parts.length > 0 ? `${head}; ${parts.join('; ')}` : `${head}; geen vergelijkbare cijfers per perspectief`,
  };
}
