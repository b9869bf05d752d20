import type { ScanModel } from '../model/scan-model';
import { type AnswerMatrix, DK } from './answer-matrix';
import { tidy } from './labels';
import type { Reliability, ReliabilityLabel } from './report-schema';

/**
 * Cronbach's alpha of k items over respondents who answered them all: α = k/(k−1) · (1 − Σ s²ᵢ / s²ₜ), with sample
 * variances of each item (s²ᵢ) and of the respondents' item totals (s²ₜ). Null below two items or two respondents,
 * or when the totals do not vary.
 */
export function cronbachAlpha(rows: ReadonlyArray<ReadonlyArray<number>>): number | null {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  if (k < 2 || n < 2) return null;
  const itemSums = new Float64Array(k);
  const itemSquares = new Float64Array(k);
  let totalSum = 0;
  let totalSquares = 0;
  for (const row of rows) {
    let total = 0;
    for (let i = 0; i < k; i++) {
      const v = row[i] as number;
      itemSums[i] = (itemSums[i] as number) + v;
      itemSquares[i] = (itemSquares[i] as number) + v * v;
      total += v;
    }
    totalSum += total;
    totalSquares += total * total;
  }
  const variance = (sum: number, squares: number) => (squares - (sum * sum) / n) / (n - 1);
  let itemVariances = 0;
  for (let i = 0; i < k; i++) itemVariances += variance(itemSums[i] as number, itemSquares[i] as number);
  const totalVariance = variance(totalSum, totalSquares);
  if (totalVariance <= 1e-12) return null;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

type ReliabilityModel = Pick<ScanModel, 'reliability' | 'privacy'>;

/** The model's words for an alpha. */
export function reliabilityLabel(alpha: number, model: Pick<ScanModel, 'reliability'>): ReliabilityLabel {
  const r = model.reliability;
  if (alpha >= r.alphaGood) return 'good';
  if (alpha >= r.alphaAcceptable) return 'acceptable';
  if (alpha >= r.alphaReportItemsBelow) return 'questionable';
  return 'poor';
}

/**
 * Alpha over a criterion's items in one perspective, listwise: only respondents with a scored, non-dk answer on every
 * item count. The model has no minimum for alpha, so it borrows `privacy.minGroupSize` (and at least 2).
 */
export function criterionReliability(
  matrix: AnswerMatrix,
  columns: ReadonlyArray<number>,
  model: ReliabilityModel,
): Reliability {
  const rows: number[][] = [];
  for (let r = 0; r < matrix.rows; r++) {
    const row: number[] = [];
    for (const c of columns) {
      const v = matrix.cells[c]?.[r];
      if (v === undefined || Number.isNaN(v) || v === DK) break;
      row.push(v);
    }
    if (row.length === columns.length) rows.push(row);
  }
  const enough = rows.length >= Math.max(2, model.privacy.minGroupSize);
  const raw = enough ? cronbachAlpha(rows) : null;
  const alpha = raw === null ? null : tidy(raw);
  return {
    items: columns.length,
    respondents: rows.length,
    alpha,
    label: alpha === null ? null : reliabilityLabel(alpha, model),
    reportItemsSeparately: alpha !== null && alpha < model.reliability.alphaReportItemsBelow,
  };
}
