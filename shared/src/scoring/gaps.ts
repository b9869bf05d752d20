import { bandOf, type ScanModel } from '../model/scan-model';
import { formatLevel, perspectiveName, perspectiveVerb, tidy } from './labels';
import type { CriterionScore, Gap } from './report-schema';

/** "medewerkers zien 3.0, ouders ervaren 1.0 (verschil +1.80)". */
function gapSentence(gap: Extract<Gap, { available: true }>, model: Pick<ScanModel, 'bands'>): string {
  const side = (p: Gap['from'], mean: number) =>
    `${perspectiveName(p)} ${perspectiveVerb(p)} ${formatLevel(bandOf(model, mean))}`;
  const sign = gap.gap >= 0 ? '+' : '−';
  return `${side(gap.from, gap.fromMean)}, ${side(gap.minus, gap.minusMean)} (verschil ${sign}${Math.abs(gap.gap).toFixed(2)})`;
}

/**
 * Per criterion, the model's `gap.from` mean minus its `gap.minus` mean (professionals minus parents), flagged at
 * `gap.flagAt` or more. Only from figures that are shown: a side without figures makes the gap unavailable, so a
 * hidden mean cannot be recovered from a shown one and the difference.
 */
export function criterionGaps(criteria: ReadonlyArray<CriterionScore>, model: ScanModel): Gap[] {
  const { from, minus, flagAt } = model.gap;
  const cell = (id: string, p: string) => criteria.find((c) => c.criterion === id && c.perspective === p);
  return model.criteria.flatMap(({ id }): Gap[] => {
    const a = cell(id, from);
    const b = cell(id, minus);
    const key = { criterion: id, from, minus };
    if (!a && !b) return [];
    if (!a || !b) return [{ available: false, ...key, because: 'missing' }];
    if (a.suppressed || b.suppressed) return [{ available: false, ...key, because: 'suppressed' }];
    const gap = tidy(a.mean - b.mean);
    const shown = {
      available: true as const,
      ...key,
      fromMean: a.mean,
      minusMean: b.mean,
      gap,
      flagged: gap >= flagAt,
    };
    return [{ ...shown, sentence: gapSentence({ ...shown, sentence: '' }, model) }];
  });
}
