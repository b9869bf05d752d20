import { z } from 'zod';
import { LocaleSchema } from '../contracts/common';

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

/**
 * How the options of a scored item are worded, so a check can refuse the scales that measure the wrong thing.
 * - `levels`: three options that each describe 1.0, 2.0 or 3.0 behaviour ("Het kindcentrum bepaalt dat" … "We bepalen
 *   het samen").
 * - `frequency`: never / sometimes / often / (almost) always, for behaviour whose frequency is the level.
 * - `share`: none / fewer than half / half or more / (almost) all families, for a practice whose reach is the level.
 * - `faces`: the children's no / a bit / yes, each with a face.
 * An agreement scale ("klopt niet … klopt helemaal") has no name here on purpose: it is not allowed from version 2 on.
 */
export const AnswerScaleSchema = z.enum(['levels', 'frequency', 'share', 'faces']);
export type AnswerScale = z.infer<typeof AnswerScaleSchema>;

/** Key of a route in an instrument's `routes`, e.g. `school`. */
export const RouteKeySchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'route key like school or childcare');

/**
 * Which respondents a routed item applies to, by their answers to background questions. The route applies when any
 * entry of `when` holds; an entry holds when the answer to every question it names is one of the values listed.
 * The questionnaire shows a routed item with the SurveyJS `visibleIf` that `routeExpression` writes for its route,
 * and scoring treats an item whose route does not apply as not asked (neither answered nor don't-know).
 */
export const RouteSchema = z.object({
  label: z.object({ nl: z.string().min(1), en: z.string().min(1) }),
  when: z.array(z.record(z.string(), z.array(z.string()).min(1))).min(1),
});
export type Route = z.infer<typeof RouteSchema>;

/** Where an answer of a needs-inventory item points the plan of action: criteria and, optionally, library actions. */
export const NeedPointerSchema = z.object({
  criteria: z.array(CriterionIdSchema).min(1),
  /** Keys of the action library's actions this need asks for first. */
  actions: z.array(z.string()).default([]),
});
export type NeedPointer = z.infer<typeof NeedPointerSchema>;

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
  /** Scored items (from version 2 on): how the options are worded; see `AnswerScaleSchema`. */
  scale: AnswerScaleSchema.optional(),
  /** Asked only of the respondents this route of the instrument's `routes` applies to; absent: asked of everyone. */
  route: RouteKeySchema.optional(),
  /** Needs-inventory items (unscored, tag `inventory`): per option value, where that need points the plan. */
  needFor: z.record(z.string(), NeedPointerSchema).optional(),
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
  /** The routes items refer to by key; see `RouteSchema`. */
  routes: z.record(RouteKeySchema, RouteSchema).optional(),
  /**
   * From version 2 on: what changed against the previous version, per concept, in one English sentence: for every
   * concept mapped to a different one in `conceptMap`, for a concept kept with new wording or a new route, and for a
   * previous concept this version drops (why). A round comparison quotes it beside the item.
   */
  changeNotes: z.record(ConceptKeySchema, z.string().min(1)).optional(),
});
export type InstrumentFile = z.infer<typeof InstrumentFileSchema>;

/** The part of a concept key a parent item shares with its professional mirror: `c5.asked-about-child`. */
export function conceptSuffix(concept: string): string {
  return concept.slice(concept.indexOf('.') + 1);
}

const answerText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

/** Whether a route applies to a respondent with these answers (see `RouteSchema`). */
export function routeApplies(route: Route, answers: Readonly<Record<string, unknown>>): boolean {
  return route.when.some((condition) =>
    Object.entries(condition).every(([question, values]) => {
      const answer = answerText(answers[question]);
      return answer !== undefined && values.includes(answer);
    }),
  );
}

/**
 * Whether a respondent with these answers was asked an item: unrouted items always, routed items when their route
 * applies. Scoring leaves an item that was not asked out entirely, as if the question did not exist.
 */
export function itemAsked(
  instrument: Pick<InstrumentFile, 'items' | 'routes'>,
  name: string,
  answers: Readonly<Record<string, unknown>>,
): boolean {
  const key = instrument.items[name]?.route;
  if (key === undefined) return true;
  const route = instrument.routes?.[key];
  return route !== undefined && routeApplies(route, answers);
}

/** The SurveyJS `visibleIf` expression that shows an item to exactly the respondents its route applies to. */
export function routeExpression(route: Route): string {
  const conditions = route.when.map((condition) =>
    Object.entries(condition)
      .map(([question, values]) => `{${question}} anyof [${values.map((v) => `'${v}'`).join(', ')}]`)
      .join(' and '),
  );
  return conditions.length === 1 ? (conditions[0] ?? '') : conditions.map((c) => `(${c})`).join(' or ');
}
