import type { Perspective } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import type { DenominatorKind, RespondentCount } from './report-schema';
import type { Denominators } from './scoring-input';

/** Which denominator each respondent perspective is measured against. */
export const DENOMINATOR_OF: Partial<Record<Perspective, DenominatorKind>> = {
  parents: 'families',
  children: 'pupils812',
  professionals: 'professionals',
};

/** The model's response-rate label: below `edges[0]` the first, below `edges[1]` the second, else the third. */
export function responseRateLabel(rate: number, model: Pick<ScanModel, 'responseRate'>): 0 | 1 | 2 {
  const [low, high] = model.responseRate.edges;
  return rate < low ? 0 : rate < high ? 1 : 2;
}

/**
 * Complete and partial responses per perspective, with the response rate complete / denominator and its label.
 * Unsuppressed; `suppress` hides perspectives below the minimum group size.
 */
export function respondentCount(
  perspective: Perspective,
  counts: { complete: number; partial: number },
  denominators: Denominators,
  model: Pick<ScanModel, 'responseRate'>,
): RespondentCount {
  const kind = DENOMINATOR_OF[perspective];
  const count = kind ? denominators[kind] : undefined;
  const denominator = kind && count !== undefined && count > 0 ? { kind, count } : null;
  const rate = denominator ? counts.complete / denominator.count : null;
  const labelIndex = rate === null ? null : responseRateLabel(rate, model);
  return {
    suppressed: false,
    perspective,
    ...counts,
    denominator,
    rate,
    labelIndex,
    label: labelIndex === null ? null : model.responseRate.labels[labelIndex],
  };
}
