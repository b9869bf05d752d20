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

/** How the questions of one criterion × perspective moved between the rounds, by concept. */
function questionsBehind(
  cell: { criterion: string; perspective: string },
  baseline: LocationReport,
  followUp: LocationReport,
  conceptMap: CompareRoundsOptions['conceptMap'],
): { kept: number; continued: number; added: number; dropped: number } {
  const concepts = (r: LocationReport) =>
    new Set(
      r.items.filter((i) => i.criterion === cell.criterion && i.perspective === cell.perspective).map((i) => i.concept),
    );
  const before = concepts(baseline);
  let kept = 0;
  let continued = 0;
  const reached = new Set<string>();
  for (const c of concepts(followUp)) {
    const mapped = conceptMap?.[c];
    const from = mapped === undefined ? c : mapped;
    if (from === null || !before.has(from)) continue;
    reached.add(from);
    if (from === c) kept++;
    else continued++;
  }
  const after = concepts(followUp).size;
  return {
    kept,
    continued,
    added: after - kept - continued,
    dropped: [...before].filter((c) => !reached.has(c)).length,
  };
}

/** Perspectives whose questionnaire (key or version) differs between the two rounds. */
function instrumentChanges(baseline: LocationReport, followUp: LocationReport): RoundComparison['instrumentChanges'] {
  const pinned = (r: LocationReport, p: string) => r.instruments.filter((i) => i.perspective === p);
  const out: NonNullable<RoundComparison['instrumentChanges']> = [];
  for (const to of followUp.instruments) {
    if (to.perspective === 'mystery-guest') continue;
    const from = pinned(baseline, to.perspective);
    if (from.length === 0 || from.some((f) => f.key === to.key && f.version === to.version)) continue;
    out.push({
      perspective: to.perspective,
      from: from.map(({ key, version }) => ({ key, version })),
      to: { key: to.key, version: to.version },
    });
  }
  return out;
}

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
      questions: questionsBehind(after, baseline, followUp, options.conceptMap),
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
  return { confidence, criteria, overall, items, instrumentChanges: instrumentChanges(baseline, followUp) };
}
