import { z } from 'zod';
import { choiceLabels, questionTitle } from '../scoring/survey-text';
import { CriterionIdSchema, type InstrumentFile, ItemKindSchema, OptionScoreSchema } from './instrument-file';
import { listQuestions } from './survey-questions';

/** One question of an instrument as the researcher checks it: what it measures, for whom, and what each answer counts. */
export const OutlineRowSchema = z.object({
  name: z.string(),
  title: z.string(),
  /** Null for questions without our metadata (a plain text block or a question the scoring ignores). */
  concept: z.string().nullable(),
  kind: ItemKindSchema.nullable(),
  criterion: CriterionIdSchema.nullable(),
  /** Dutch: who is asked ("Ouders van een kind op de school …"); null: everyone. */
  route: z.string().nullable(),
  options: z.array(
    z.object({
      value: z.string(),
      label: z.string(),
      /** The level the answer scores (1.0–3.0), `dk` (weet ik niet: not counted), `ns` (not scored); null: no scoring. */
      score: OptionScoreSchema.nullable(),
      /** Needs inventory: the criteria this answer points the plan to. */
      pointsTo: z.array(CriterionIdSchema),
    }),
  ),
  tags: z.array(z.string()),
  /** The change note for this concept against the previous version, when there is one. */
  changeNote: z.string().nullable(),
});
export type OutlineRow = z.infer<typeof OutlineRowSchema>;

/** Every question in survey order with its scoring metadata: the instrument read as a method, not as a form. */
export function instrumentOutline(file: InstrumentFile): OutlineRow[] {
  return listQuestions(file.survey).map((q) => {
    const meta = file.items[q.name];
    const labels = choiceLabels(file.survey, q.name);
    const values = labels.size > 0 ? [...labels.keys()] : Object.keys(meta?.scoring ?? {});
    const route = meta?.route ? file.routes?.[meta.route] : undefined;
    return {
      name: q.name,
      title: questionTitle(file.survey, q.name),
      concept: meta?.concept ?? null,
      kind: meta?.kind ?? null,
      criterion: meta?.criterion ?? null,
      route: route ? route.label.nl : null,
      options: values.map((value) => ({
        value,
        label: labels.get(value) ?? (value === 'dk' ? 'Weet ik niet' : value),
        score: meta?.scoring?.[value] ?? null,
        pointsTo: meta?.needFor?.[value]?.criteria ?? [],
      })),
      tags: meta?.tags ?? [],
      changeNote: (meta && file.changeNotes?.[meta.concept]) ?? null,
    };
  });
}
