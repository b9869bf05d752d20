import { welchInterval } from './confidence-interval';
import type { Change, CriterionScore, ItemSummary, LocationReport, RoundComparison } from './report-schema';

export type CompareRoundsOptions = {
  /** Confidence of the change intervals; pass the model's `interval.confidence`. */
  confidence: number;
  /**
   * The follow-up instruments' `conceptMap`s merged: a follow-up concept → the baseline concept it continues, or null
   * when it is new. Concepts not in the map are the same concept in both rounds.
   */
  conceptMap?: Readonly<Record<string, string | null>>;
};

type Sample = { mean: number; n: number; sd: number | null };

/** after − before with Welch's interval; exceeds the noise when the interval excludes 0. */
export function changeBetween(before: Sample, after: Sample, confidence: number): Change {
  const interval = welchInterval(before, after, confidence);
  return {
    before: { mean: before.mean, n: before.n },
    after: { mean: after.mean, n: after.n },
    change: after.mean - before.mean,
    interval: interval ? { low: interval.low, high: interval.high } : null,
    df: interval?.df ?? null,
    exceedsNoise: interval !== null && (interval.low > 0 || interval.high < 0),
  };
}

const cellKey = (c: CriterionScore) => `${c.criterion}|${c.perspective}`;
const itemSample = (i: ItemSummary): Sample | null =>
  i.suppressed || i.mean === null ? null : { mean: i.mean, n: i.nScored, sd: i.sd };

/**
 * Change per criterion and perspective, per overall level and per item between a baseline and a follow-up report of
 * the same location. Items are matched by concept key through the follow-up's concept map, so a reworded item in a
 * newer version still lines up with its predecessor.
 */
export function compareRounds(
  baseline: LocationReport,
  followUp: LocationReport,
  options: CompareRoundsOptions,
): RoundComparison {
  const { confidence } = options;
  const before = new Map(baseline.criteria.map((c) => [cellKey(c), c]));
  const criteria = followUp.criteria.map((after) => {
    const b = before.get(cellKey(after));
    return {
      criterion: after.criterion,
      perspective: after.perspective,
      change: b && !b.suppressed && !after.suppressed ? changeBetween(b, after, confidence) : null,
    };
  });
  const overall = followUp.overall.map((after) => {
    const b = baseline.overall.find((o) => o.criterion === after.criterion);
    const side = (o: typeof after | undefined) =>
      o && o.level !== null && o.reportedMean !== null ? { level: o.level, mean: o.reportedMean } : null;
    const [x, y] = [side(b), side(after)];
    return { criterion: after.criterion, before: x, after: y, levelChange: x && y ? y.level - x.level : null };
  });
  const baselineItems = new Map(baseline.items.map((i) => [`${i.perspective}|${i.concept}`, i]));
  const items = followUp.items.map((after) => {
    const mapped = options.conceptMap?.[after.concept];
    const baselineConcept = mapped === undefined ? after.concept : mapped;
    const b = baselineConcept === null ? undefined : baselineItems.get(`${after.perspective}|${baselineConcept}`);
    const x = b ? itemSample(b) : null;
    const y = itemSample(after);
    return {
      perspective: after.perspective,
      concept: after.concept,
      baselineConcept,
      change: x && y ? changeBetween(x, y, confidence) : null,
    };
  });
  return { confidence, criteria, overall, items };
}
