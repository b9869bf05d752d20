import { z } from 'zod';
import { LocaleSchema } from '../api/common';

export const CriterionIdSchema = z.enum(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']);
export type CriterionId = z.infer<typeof CriterionIdSchema>;

export const PerspectiveSchema = z.enum(['parents', 'professionals', 'children', 'mystery-guest']);
export type Perspective = z.infer<typeof PerspectiveSchema>;

/**
 * What one answer option means for scoring: a level on the continuous 1.0–3.0 scale, `dk` (don't know / not
 * applicable: excluded from scores, its rate reported) or `ns` (not scored, e.g. background questions).
 */
export const OptionScoreSchema = z.union([z.number().min(1).max(3), z.literal('dk'), z.literal('ns')]);
export type OptionScore = z.infer<typeof OptionScoreSchema>;

/** Our metadata for one SurveyJS question, keyed by the question's `name`. */
export const ItemMetaSchema = z.object({
  /** Stable across versions: maps items of v1 and v2 onto each other for round comparison. */
  concept: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'concept key like parents.c5.child-present'),
  /** Absent for background and open questions. */
  criterion: CriterionIdSchema.optional(),
  tags: z.array(z.string()).default([]),
  /** Option value to score; absent means the item is not scored. */
  scoring: z.record(z.string(), OptionScoreSchema).optional(),
});
export type ItemMeta = z.infer<typeof ItemMetaSchema>;

/** A questionnaire or observation form as a versioned file: `surveys/<key>/v<N>.json`. */
export const InstrumentFileSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.number().int().positive(),
  perspective: PerspectiveSchema,
  /** Dutch first; every localisable string in `survey` carries each of these. */
  locales: z.array(LocaleSchema).min(1),
  /** SurveyJS JSON. Localised strings are `{ "default": Dutch, "en": …, … }`. */
  survey: z.record(z.string(), z.unknown()),
  items: z.record(z.string(), ItemMetaSchema),
});
export type InstrumentFile = z.infer<typeof InstrumentFileSchema>;
