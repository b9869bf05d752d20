import { type AnswerMatrix, DK } from './answer-matrix';
import { tidy } from './labels';

/** Each respondent's own mean over a set of items, and the don't-know tally over those items. */
export type RespondentMeans = {
  /** One mean per respondent with at least one scored, non-dk answer on the items. */
  means: number[];
  /** dk answers to the items, over all respondents. */
  dontKnow: number;
  /** All answers to the items with a level or dk. */
  answered: number;
};

/**
 * A respondent's mean on a set of items (a criterion, a tag) is the mean of their scored, non-dk answers; a
 * respondent without such answers does not count for it.
 */
export function respondentMeans(matrix: AnswerMatrix, columns: ReadonlyArray<number>): RespondentMeans {
  const sums = new Float64Array(matrix.rows);
  const scored = new Uint32Array(matrix.rows);
  let dontKnow = 0;
  let answered = 0;
  for (const c of columns) {
    const cells = matrix.cells[c];
    if (!cells) continue;
    for (let r = 0; r < matrix.rows; r++) {
      const v = cells[r] as number;
      if (Number.isNaN(v)) continue;
      answered++;
      if (v === DK) dontKnow++;
      else {
        sums[r] = (sums[r] as number) + v;
        scored[r] = (scored[r] as number) + 1;
      }
    }
  }
  const means: number[] = [];
  for (let r = 0; r < matrix.rows; r++) {
    const k = scored[r] as number;
    if (k > 0) means.push(tidy((sums[r] as number) / k));
  }
  return { means, dontKnow, answered };
}
