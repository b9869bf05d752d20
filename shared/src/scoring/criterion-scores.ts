import type { CriterionId } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import type { AnswerMatrix } from './answer-matrix';
import { criterionReliability } from './cronbach-alpha';
import { groupFigures } from './group-figures';
import type { CriterionScore } from './report-schema';
import { respondentMeans } from './respondent-means';

/** Column indexes of the matrix per criterion, in the model's criterion order. */
export function columnsByCriterion(matrix: AnswerMatrix, model: Pick<ScanModel, 'criteria'>) {
  const out = new Map<CriterionId, number[]>();
  for (const { id } of model.criteria) {
    const columns = matrix.columns.flatMap((col, i) => (col.criterion === id ? [i] : []));
    if (columns.length > 0) out.set(id, columns);
  }
  return out;
}

/**
 * Per criterion with items in this perspective: the mean of respondents' criterion means, with n, interval, band,
 * level shares, dk rate and Cronbach's alpha. Unsuppressed; `suppress` hides small groups. A criterion whose items
 * nobody answered with a level gets a suppressed cell (there is nothing to show). Alpha is listwise, so it is taken
 * over the items asked of everyone: routes for school and childcare parents exclude each other, and with a routed
 * item in the set no respondent would have answered them all.
 */
export function criterionScores(matrix: AnswerMatrix, model: ScanModel): CriterionScore[] {
  const out: CriterionScore[] = [];
  for (const [criterion, columns] of columnsByCriterion(matrix, model)) {
    const { means, dontKnow, answered } = respondentMeans(matrix, columns);
    const figures = groupFigures(means, { count: dontKnow, answered }, model);
    const cell = { criterion, perspective: matrix.perspective };
    out.push(
      figures
        ? {
            ...cell,
            ...figures,
            reliability: criterionReliability(
              matrix,
              columns.filter((c) => !matrix.columns[c]?.routed),
              model,
            ),
          }
        : { ...cell, suppressed: true },
    );
  }
  return out;
}
