import type { CriterionId, Perspective } from '../instruments/instrument-file';
import { bandOf, type ScanModel } from '../model/scan-model';
import { explainLevel } from './explain-level';
import { tidy } from './labels';
import type {
  CapReason,
  CriterionScore,
  Gap,
  ItemSummary,
  Level,
  LevelReason,
  MysteryGuestResults,
  OverallLevel,
} from './report-schema';
import { countGuestVisits } from './tier-rule';

/** Professionals judge their own work: their answers never count as evidence for 3.0, whatever the model lists. */
const SELF_REPORT: Perspective = 'professionals';
const GUEST: Perspective = 'mystery-guest';

type Shown = Extract<CriterionScore, { suppressed: false }>;
type PerspectiveReason = Extract<LevelReason, { kind: 'perspective' }>;

/** A perspective's part in the overall level: the mean that is weighted, and the mean that may be 3.0 evidence. */
type Part = {
  perspective: Perspective;
  mean: number;
  n: number;
  /** Null: this perspective is no evidence at 3.0 on this criterion (a guest who could not observe tier 3). */
  evidenceMean: number | null;
  tierLimit?: PerspectiveReason['tierLimit'];
};

/** What an overall level needs to know of the mystery guest's visits to apply the tier rule. */
export type GuestVisits = Pick<MysteryGuestResults, 'touchpoints' | 'evidence'>;

function carryingItems(items: ReadonlyArray<ItemSummary>, criterion: CriterionId, perspective: Perspective) {
  return items
    .flatMap((i) =>
      !i.suppressed && i.criterion === criterion && i.perspective === perspective && i.mean !== null
        ? [{ concept: i.concept, item: i.item, mean: i.mean, n: i.nScored }]
        : [],
    )
    .sort((a, b) => b.mean - a.mean || a.concept.localeCompare(b.concept));
}

const asPart = (c: Shown): Part => ({ perspective: c.perspective, mean: c.mean, n: c.n, evidenceMean: c.mean });

/**
 * The mystery guest's part after the tier rule (see `countGuestVisits`), or the reason it drops out of the weights:
 * no visit could observe the criterion, or only lower-bound visits and nothing to measure them against. Without the
 * visits (`guest` absent, or no evidence for the criterion) the guest's figures count as they are.
 */
function guestPart(
  criterion: CriterionId,
  cell: Shown | undefined,
  others: ReadonlyArray<Part>,
  guest: GuestVisits | undefined,
  weightOf: (p: Perspective) => number,
): { part?: Part; dropped?: LevelReason } {
  const visits = guest?.touchpoints.reduce((sum, t) => sum + t.visits.length, 0) ?? 0;
  if (!cell)
    return visits > 0 && weightOf(GUEST) > 0
      ? { dropped: { kind: 'guest-dropped', because: 'not-observable', observedUpTo: null, visits } }
      : {};
  const evidence = guest?.evidence.find((e) => e.criterion === criterion);
  if (!evidence) return { part: asPart(cell) };
  const bounds = evidence.visits.map((v) => ({
    level: v.level,
    observedUpTo: v.observedUpTo ?? v.level,
    atLeast: v.atLeast ?? false,
  }));
  const othersWeight = others.reduce((sum, p) => sum + weightOf(p.perspective), 0);
  const othersMean =
    others.length === 0
      ? null
      : tidy(others.reduce((sum, p) => sum + weightOf(p.perspective) * p.mean, 0) / othersWeight);
  const count = countGuestVisits(bounds, othersMean);
  if (count.visitsAtLeast === 0 || count.observedUpTo === null) return { part: asPart(cell) };
  if (count.mean === null)
    return {
      dropped: {
        kind: 'guest-dropped',
        because: 'lower-bound-only',
        observedUpTo: count.observedUpTo,
        visits: bounds.length,
      },
    };
  return {
    part: {
      perspective: GUEST,
      mean: count.mean,
      n: count.n,
      evidenceMean: count.evidenceMean,
      tierLimit: {
        observedUpTo: count.observedUpTo,
        visitsAtLeast: count.visitsAtLeast,
        visits: bounds.length,
        observedMean: cell.mean,
        othersMean,
        evidenceMean: count.evidenceMean,
      },
    },
  };
}

/**
 * A criterion's overall level by the model's rules, from the figures that are shown (never from hidden ones):
 *
 * 1. weighted mean = Σ wₚ·meanₚ / Σ wₚ over perspectives with figures and a positive weight (weights renormalised);
 *    the mystery guest's mean after the tier rule, so a guest who passed all it could observe below 3.0 never pulls
 *    the level under the other perspectives, and drops out where it observed nothing;
 * 2. 3.0 needs evidence — a perspective of `level3.evidenceFrom` (professionals excluded) with a mean ≥
 *    `evidenceAtLeast`, for the guest only from visits whose level is exact — and a gap (`gap.from` − `gap.minus`)
 *    below `maxGap` (no gap figure: the condition holds);
 * 3. when either fails the mean is capped at `otherwiseCapAt`, and the level is never 3.0.
 */
export function overallLevel(
  criterion: CriterionId,
  criteria: ReadonlyArray<CriterionScore>,
  items: ReadonlyArray<ItemSummary>,
  gaps: ReadonlyArray<Gap>,
  model: ScanModel,
  guest?: GuestVisits,
): OverallLevel {
  const cells = criteria.filter((c) => c.criterion === criterion);
  const weightOf = (p: Perspective) => model.weights.byPerspective[p];
  const shownCells = cells.filter((c): c is Shown => !c.suppressed && weightOf(c.perspective) > 0);
  const others = shownCells.filter((c) => c.perspective !== GUEST).map(asPart);
  const { part, dropped } = guestPart(
    criterion,
    shownCells.find((c) => c.perspective === GUEST),
    others,
    guest,
    weightOf,
  );
  const shown = part ? [...others, part] : others;
  const hidden: LevelReason[] = [
    ...cells
      .filter((c) => c.suppressed)
      .map((c): LevelReason => ({ kind: 'perspective-suppressed', perspective: c.perspective })),
    ...(dropped ? [dropped] : []),
  ];
  if (shown.length === 0) {
    const reasons = hidden;
    return {
      criterion,
      level: null,
      weightedMean: null,
      reportedMean: null,
      capped: false,
      explanation: { reasons, sentence: explainLevel(null, reasons, model) },
    };
  }
  const totalWeight = shown.reduce((sum, c) => sum + weightOf(c.perspective), 0);
  const weightedMean = tidy(shown.reduce((sum, c) => sum + weightOf(c.perspective) * c.mean, 0) / totalWeight);

  const { evidenceFrom, evidenceAtLeast, maxGap, otherwiseCapAt } = model.level3;
  const from = evidenceFrom.filter((p) => p !== SELF_REPORT);
  const candidates = shown.flatMap((c) =>
    from.includes(c.perspective) && c.evidenceMean !== null
      ? [{ perspective: c.perspective, mean: c.evidenceMean }]
      : [],
  );
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (top, c) => (!top || c.mean > top.mean ? c : top),
    null,
  );
  const carriedBy = candidates.filter((c) => c.mean >= evidenceAtLeast);
  const evidenceMet = best !== null && best.mean >= evidenceAtLeast;
  const gapCell = gaps.find((g) => g.criterion === criterion);
  const gap = gapCell?.available ? gapCell.gap : null;
  const gapMet = gap === null || gap < maxGap;
  const because: CapReason[] = [
    ...(evidenceMet ? [] : ['no-evidence' as const]),
    ...(gapMet ? [] : ['large-gap' as const]),
  ];
  const capped = because.length > 0 && weightedMean > otherwiseCapAt;
  const reportedMean = capped ? otherwiseCapAt : weightedMean;
  const band = bandOf(model, reportedMean);
  const level: Level = because.length > 0 && band === 3 ? 2 : band;

  const reasons: LevelReason[] = [
    ...shown.map(
      (c): LevelReason => ({
        kind: 'perspective',
        perspective: c.perspective,
        mean: c.mean,
        n: c.n,
        weight: weightOf(c.perspective) / totalWeight,
        items: carryingItems(items, criterion, c.perspective),
        ...(c.tierLimit ? { tierLimit: c.tierLimit } : {}),
      }),
    ),
    ...hidden,
    { kind: 'weighted-mean', mean: weightedMean },
    {
      kind: 'evidence',
      met: evidenceMet,
      from,
      atLeast: evidenceAtLeast,
      best,
      carriedBy,
    },
    { kind: 'gap', met: gapMet, gap, maxGap },
    ...(capped ? [{ kind: 'cap' as const, capAt: otherwiseCapAt, because }] : []),
  ];
  return {
    criterion,
    level,
    weightedMean,
    reportedMean,
    capped,
    explanation: { reasons, sentence: explainLevel(level, reasons, model) },
  };
}

/** The overall level of every criterion in the model, in the model's order. */
export function overallLevels(
  criteria: ReadonlyArray<CriterionScore>,
  items: ReadonlyArray<ItemSummary>,
  gaps: ReadonlyArray<Gap>,
  model: ScanModel,
  guest?: GuestVisits,
): OverallLevel[] {
  return model.criteria.map(({ id }) => overallLevel(id, criteria, items, gaps, model, guest));
}
