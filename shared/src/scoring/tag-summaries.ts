import { bandOf, type ScanModel } from '../model/scan-model';
import type { AnswerMatrix } from './answer-matrix';
import { groupFigures } from './group-figures';
import { tidy } from './labels';
import type { OverallLevel, TagPerspective, TagSummary, TagVocabulary } from './report-schema';
import { respondentMeans } from './respondent-means';

const VOCABULARIES: ReadonlyArray<TagVocabulary> = ['core', 'competence', 'form', 'component'];

/**
 * The items of a matrix that carry a tag. A core value groups whole criteria (each criterion has exactly one), so a
 * `core:` tag also takes the items of its criteria; other tags only the items tagged with them.
 */
function tagColumns(matrix: AnswerMatrix, tag: string, criteria: ReadonlyArray<string>): number[] {
  const byCriterion = tag.startsWith('core:');
  return matrix.columns.flatMap((col, i) =>
    col.tags.includes(tag) || (byCriterion && col.criterion !== null && criteria.includes(col.criterion)) ? [i] : [],
  );
}

/**
 * Summaries for the core values, professionals' competences, basic forms and components: per respondent perspective
 * the mean of respondents' means over the tag's items, and (`withCriteriaMeans`) the mean of the tagged criteria's
 * overall levels. Mystery-guest ticks are not averaged into tags: the model keeps their option levels for explaining
 * visits only.
 */
export function tagSummaries(matrices: ReadonlyArray<AnswerMatrix>, model: ScanModel): TagSummary[] {
  return VOCABULARIES.flatMap((vocabulary) =>
    Object.entries(model.tags[vocabulary]).flatMap(([key, name]) => {
      const tag = `${vocabulary}:${key}`;
      const criteria = model.criteria.filter((c) => c.tags.includes(tag)).map((c) => c.id);
      const perspectives = matrices.flatMap((matrix): TagPerspective[] => {
        const columns = tagColumns(matrix, tag, criteria);
        if (columns.length === 0) return [];
        const { means, dontKnow, answered } = respondentMeans(matrix, columns);
        const figures = groupFigures(means, { count: dontKnow, answered }, model);
        const perspective = matrix.perspective;
        return [figures ? { ...figures, perspective, items: columns.length } : { suppressed: true, perspective }];
      });
      if (criteria.length === 0 && perspectives.length === 0) return [];
      return [{ tag, vocabulary, name, criteria, criteriaMean: null, perspectives }];
    }),
  );
}

/** Fills each tag's mean of its criteria's reported overall means (criteria without a level left out). */
export function withCriteriaMeans(
  tags: ReadonlyArray<TagSummary>,
  overall: ReadonlyArray<OverallLevel>,
  model: Pick<ScanModel, 'bands'>,
): TagSummary[] {
  return tags.map((t) => {
    const means = overall.flatMap((o) =>
      t.criteria.includes(o.criterion) && o.reportedMean !== null ? [o.reportedMean] : [],
    );
    if (means.length === 0) return { ...t, criteriaMean: null };
    const mean = tidy(means.reduce((a, b) => a + b, 0) / means.length);
    return { ...t, criteriaMean: { mean, level: bandOf(model, mean), criteria: means.length } };
  });
}
