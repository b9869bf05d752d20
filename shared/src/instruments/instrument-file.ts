import { z } from 'zod';
import { LocaleSchema } from '../api/common';

export const CriterionIdSchema = z.enum(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']);
export type CriterionId = z.infer<typeof CriterionIdSchema>;

export const PerspectiveSchema = z.enum(['parents', 'professionals', 'children', 'mystery-guest']);
export type Perspective = z.infer<typeof PerspectiveSchema>;

/**
 * What one answer option means for scoring: a level on the continuous 1.0–3.0 scale, `dk` (don't know / not
 * applicable / not observed: excluded from scores, its rate reported) or `ns` (not scored).
 */
export const OptionScoreSchema = z.union([z.number().min(1).max(3), z.literal('dk'), z.literal('ns')]);
export type OptionScore = z.infer<typeof OptionScoreSchema>;

/**
 * The role of a question in an instrument.
 * - `scored`: counts towards its criterion; every option has an entry in `scoring`.
 * - `background`: describes the respondent (group, sector, home language, role); used to break figures down.
 * - `open`: free text; shown only after review and above the model's minimum group size for open answers.
 * - `warm-up`: the children's practice item; never scored.
 * - `fact`: a practice or measurement reported as it is (ten-minute rounds kept, seconds to answer the phone).
 * - `context`: describes a mystery-guest visit (date, time, scenario, rater).
 */
export const ItemKindSchema = z.enum(['scored', 'background', 'open', 'warm-up', 'fact', 'context']);
export type ItemKind = z.infer<typeof ItemKindSchema>;

/** A mystery-guest tick's tier: 1 basic hygiene, 2 responsiveness, 3 partnership behaviour. */
export const TickTierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type TickTier = z.infer<typeof TickTierSchema>;

/** Unit of a measured fact, so a report can label and compare it with a norm. */
export const FactUnitSchema = z.enum(['seconds', 'minutes', 'hours', 'days', 'count', 'percent']);
export type FactUnit = z.infer<typeof FactUnitSchema>;

/** Concept keys look like `<perspective>.<group>.<name>`, e.g. `parents.c5.asked-about-child`. */
export const ConceptKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'concept key like parents.c5.asked-about-child');

/** Our metadata for one SurveyJS question, keyed by the question's `name`. */
export const ItemMetaSchema = z.object({
  /**
   * Stable across versions: maps items of v1 and v2 onto each other for round comparison. A parent item and its
   * professional mirror share everything after the first segment (`parents.c5.x` ↔ `professionals.c5.x`).
   */
  concept: ConceptKeySchema,
  kind: ItemKindSchema,
  /** Required for scored items; may be set on facts that illustrate a criterion; absent for background and open. */
  criterion: CriterionIdSchema.optional(),
  /** Prefixed tags from the scan model's vocabularies: `core:equal`, `form:start-conversation`, `mirror`, … */
  tags: z.array(z.string()).default([]),
  /** Option value (as a string: `"1"`, `"dk"`, `"yes"`) to score; required exactly for scored items. */
  scoring: z.record(z.string(), OptionScoreSchema).optional(),
  /** Mystery-guest ticks only: which tier of behaviour the tick observes; see the scan model's `mysteryGuest`. */
  tier: TickTierSchema.optional(),
  /** Measured facts only. */
  unit: FactUnitSchema.optional(),
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
  /**
   * From version 2 on: concepts of this version that are not in the previous version, mapped to the previous
   * concept they continue, or to `null` when they are new. Unmapped concepts must exist in the previous version.
   */
  conceptMap: z.record(ConceptKeySchema, ConceptKeySchema.nullable()).optional(),
});
export type InstrumentFile = z.infer<typeof InstrumentFileSchema>;

/** The part of a concept key a parent item shares with its professional mirror: `c5.asked-about-child`. */
export function conceptSuffix(concept: string): string {
  return concept.slice(concept.indexOf('.') + 1);
}
