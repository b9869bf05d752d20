import { type SummaryTexts, SummaryTextsSchema } from '@driehoek/shared';
import summariesV1 from '../summaries/v1.json';

/**
 * The words of the summaries for parents and children by path under surveys/. Unlike a questionnaire they belong to
 * no round: a better wording reaches every summary at once, so versions are only for a change of shape.
 */
export const summarySources: Readonly<Record<string, unknown>> = {
  'summaries/v1.json': summariesV1,
};

let latest: SummaryTexts | undefined;

/** The latest summary words; throws naming the file when it does not fit the schema. */
export function loadSummaryTexts(sources: Readonly<Record<string, unknown>> = summarySources): SummaryTexts {
  if (latest && sources === summarySources) return latest;
  const parsed = Object.entries(sources).map(([path, raw]) => {
    const result = SummaryTextsSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`summary texts ${path}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return result.data;
  });
  const newest = parsed.sort((a, b) => b.version - a.version)[0];
  if (!newest) throw new Error('surveys/summaries has no texts');
  if (sources === summarySources) latest = newest;
  return newest;
}
