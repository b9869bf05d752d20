import type { CriterionId, Perspective } from '../instruments/instrument-file';
import { bandOf, type ScanModel } from '../model/scan-model';
import { explainLevel } from './explain-level';
import { tidy } from './labels';
import type { CapReason, CriterionScore, Gap, ItemSummary, Level, LevelReason, OverallLevel } from './report-schema';

/** Professionals judge their own work: their answers never count as evidence for 3.0, whatever the model lists. */
const SELF_REPORT: Perspective = 'professionals';

type Shown = Extract<CriterionScore, { suppressed: false }>;

function carryingItems(items: ReadonlyArray<ItemSummary>, criterion: CriterionId, perspective: Perspective) {
  return items
    .flatMap((i) =>
      !i.suppressed && i.criterion === criterion && i.perspective === perspective && i.mean !== null
        ? [{ concept: i.concept, item: i.item, mean: i.mean, n: i.nScored }]
        : [],
    )
    .sort((a, b) => b.mean - a.mean || a.concept.localeCompare(b.concept));
}

/**
 * A criterion's overall level by the model's rules, from the figures that are shown (never from hidden ones):
 *
 * 1. weighted mean = Σ wₚ·meanₚ / Σ wₚ over perspectives with figures and a positive weight (weights renormalised);
 * 2. 3.0 needs evidence — a perspective of `level3.evidenceFrom` (professionals excluded) with a mean ≥
 *    `evidenceAtLeast` — and a gap (`gap.from` − `gap.minus`) below `maxGap` (no gap figure: the condition holds);
 * 3. when either fails the mean is capped at `otherwiseCapAt`, and the level is never 3.0.
 */
export function overallLevel(
  criterion: CriterionId,
  criteria: ReadonlyArray<CriterionScore>,
  items: ReadonlyArray<ItemSummary>,
  gaps: ReadonlyArray<Gap>,
  model: ScanModel,
): OverallLevel {
  const cells = criteria.filter((c) => c.criterion === criterion);
  const weightOf = (p: Perspective) => model.weights.byPerspective[p];
  const shown = cells.filter((c): c is Shown => !c.suppressed && weightOf(c.perspective) > 0);
  const hidden: LevelReason[] = cells
    .filter((c) => c.suppressed)
    .map((c) => ({ kind: 'perspective-suppressed', perspective: c.perspective }));
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
  const candidates = shown.filter((c) => from.includes(c.perspective));
  const best = candidates.reduce<Shown | null>((top, c) => (!top || c.mean > top.mean ? c : top), null);
  const carriedBy = candidates
    .filter((c) => c.mean >= evidenceAtLeast)
    .map((c) => ({ perspective: c.perspective, mean: c.mean }));
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
      }),
    ),
    ...hidden,
    { kind: 'weighted-mean', mean: weightedMean },
    {
      kind: 'evidence',
      met: evidenceMet,
      from,
      atLeast: evidenceAtLeast,
      best: best ? { perspective: best.perspective, mean: best.mean } : null,
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
): OverallLevel[] {
  return model.criteria.map(({ id }) => overallLevel(id, criteria, items, gaps, model));
}
