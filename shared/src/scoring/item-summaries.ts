import type { ScanModel } from '../model/scan-model';
import { type AnswerMatrix, DK } from './answer-matrix';
import { tidy } from './labels';
import type { ItemSummary } from './report-schema';

/**
 * Per scored item: how often each option was chosen, n (answers, dk included), the mean and sd of the levels, and
 * the dk rate. A mystery-guest tick has no "weet niet": its "niet waargenomen" stays out of n and the options and is
 * reported as `notObserved` with its rate. Unsuppressed; `suppress` hides items of small groups.
 */
export function itemSummaries(matrix: AnswerMatrix, model: Pick<ScanModel, 'dontKnow'>): ItemSummary[] {
  return matrix.columns.map((column, c) => {
    const counts = matrix.counts[c] ?? new Map<string, number>();
    const cells = matrix.cells[c] ?? new Float64Array();
    let n = 0;
    for (const count of counts.values()) n += count;
    let nScored = 0;
    let sum = 0;
    let squares = 0;
    let dk = 0;
    for (const v of cells) {
      if (Number.isNaN(v)) continue;
      if (v === DK) dk++;
      else {
        nScored++;
        sum += v;
        squares += v * v;
      }
    }
    const mean = nScored > 0 ? tidy(sum / nScored) : null;
    const sd = nScored >= 2 ? tidy(Math.sqrt(Math.max(0, (squares - (sum * sum) / nScored) / (nScored - 1)))) : null;
    const guest = matrix.perspective === 'mystery-guest';
    const dontKnowRate = n > 0 && !guest ? dk / n : null;
    const notObserved = matrix.notObserved[c] ?? 0;
    const filledIn = n + notObserved;
    return {
      suppressed: false,
      perspective: column.perspective,
      instrumentKey: column.instrumentKey,
      item: column.item,
      concept: column.concept,
      criterion: column.criterion,
      tags: [...column.tags],
      tier: column.tier,
      n,
      nScored,
      mean,
      sd,
      options: column.options
        .filter(({ score }) => !(guest && score === 'dk'))
        .map(({ value, score }) => {
          const count = counts.get(value) ?? 0;
          return { value, score, count, share: n > 0 ? count / n : 0 };
        }),
      dontKnowRate,
      dontKnowFlag: dontKnowRate !== null && dontKnowRate >= model.dontKnow.flagRateAtLeast,
      ...(guest ? { notObserved, notObservedRate: filledIn > 0 ? notObserved / filledIn : null } : {}),
    };
  });
}
