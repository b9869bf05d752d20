import { z } from 'zod';
import {
  CriterionIdSchema,
  FactUnitSchema,
  NeedPointerSchema,
  OptionScoreSchema,
  PerspectiveSchema,
  TickTierSchema,
} from '../instruments/instrument-file';
import { DutchEnglishSchema } from '../model/scan-model';

/** A whole level of the maturity scale. */
export const LevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Level = z.infer<typeof LevelSchema>;

const Share = z.number().min(0).max(1);
const ScaleValue = z.number().min(1).max(3);
const Count = z.number().int().nonnegative();

export const IntervalSchema = z.object({ low: ScaleValue, high: ScaleValue });

/** Share of respondents (or mystery-guest visits) whose own mean falls in each band. */
export const LevelSharesSchema = z.object({ '1': Share, '2': Share, '3': Share });

/**
 * What stands in for every figure of a group below the model's `privacy.minGroupSize`: only the fact that it is
 * hidden. No score, no n, no count, no distribution, no share; nothing that can be derived by subtraction either.
 */
export const SuppressedSchema = z.object({ suppressed: z.literal(true) });
export type Suppressed = z.infer<typeof SuppressedSchema>;

/** The figures of one group of respondents on a set of items (a criterion, a tag). */
export const GroupFiguresSchema = z.object({
  suppressed: z.literal(false),
  /** Respondents (or visits) with at least one scored, non-dk answer on the items. */
  n: Count,
  /** Mean of the respondents' own means. */
  mean: ScaleValue,
  /** Sample standard deviation of the respondents' means; null below two. */
  sd: z.number().nonnegative().nullable(),
  /** t interval around the mean at `confidence`, clamped to the scale; null below two. */
  interval: IntervalSchema.nullable(),
  confidence: Share,
  band: LevelSchema,
  /** Every band the interval reaches, the mean's own band included, ascending. */
  possibleBands: z.array(LevelSchema).min(1),
  crossesBandEdge: z.boolean(),
  /** Dutch label: "2.0" or "2.0, mogelijk 3.0". */
  label: z.string(),
  levelShares: LevelSharesSchema,
  /**
   * dk answers / all answers (scored + dk) to the items; null when no one answered them, and always for the mystery
   * guest, whose "niet waargenomen" is missing data rather than "weet niet" (see `observation`).
   */
  dontKnowRate: Share.nullable(),
  /** `dontKnowRate` at or above the model's `dontKnow.flagRateAtLeast`. */
  dontKnowFlag: z.boolean(),
});
export type GroupFigures = z.infer<typeof GroupFiguresSchema>;

export const ReliabilityLabelSchema = z.enum(['good', 'acceptable', 'questionable', 'poor']);
export type ReliabilityLabel = z.infer<typeof ReliabilityLabelSchema>;

export const ReliabilitySchema = z.object({
  /** Items (concepts) of the criterion in this perspective's instruments that everyone is asked (unrouted). */
  items: Count,
  /** Respondents who answered every item with a scored, non-dk option (listwise). */
  respondents: Count,
  /** Cronbach's alpha; null below two items or fewer listwise respondents than the model's minimum group size. */
  alpha: z.number().nullable(),
  /** good ≥ alphaGood, acceptable ≥ alphaAcceptable, questionable ≥ alphaReportItemsBelow, else poor. */
  label: ReliabilityLabelSchema.nullable(),
  /** Alpha below `alphaReportItemsBelow`: report the items one by one instead of as a scale. */
  reportItemsSeparately: z.boolean(),
});
export type Reliability = z.infer<typeof ReliabilitySchema>;

const CellKey = { criterion: CriterionIdSchema, perspective: PerspectiveSchema };

/**
 * What the mystery guest could observe of a criterion. Ticks not observed are missing data: they are in neither n
 * nor a don't-know rate; the report says "niet waargenomen bij x%" from here.
 */
export const GuestObservationSchema = z.object({
  /** Ticks of the criterion answered "niet waargenomen", over the visits that were asked them. */
  notObserved: Count,
  /** notObserved / (ticks answered yes, partly or no + notObserved); null when no tick was filled in. */
  notObservedRate: Share.nullable(),
  /** The highest tier any visit observed (answered yes, partly or no) on the criterion. */
  highestTierObserved: TickTierSchema,
  /**
   * Visits whose level is a lower bound: they passed every tier they could observe, and that was below 3. By the
   * tier rule they never pull the overall level down and are no evidence at 3.0.
   */
  visitsAtLeast: Count,
});
export type GuestObservation = z.infer<typeof GuestObservationSchema>;

/** One criterion in one perspective. The mystery guest's n counts visits; its reliability is null. */
export const CriterionScoreSchema = z.discriminatedUnion('suppressed', [
  SuppressedSchema.extend(CellKey),
  GroupFiguresSchema.extend({
    ...CellKey,
    reliability: ReliabilitySchema.nullable(),
    /** Mystery guest only (absent in reports scored before it was added). */
    observation: GuestObservationSchema.optional(),
  }),
]);
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

export const OptionCountSchema = z.object({
  /** The option value as a string, as in the instrument's `scoring`. */
  value: z.string(),
  score: OptionScoreSchema,
  count: Count,
  /** count / n (all answers to the item, dk included). */
  share: Share,
});

const ItemKey = {
  perspective: PerspectiveSchema,
  instrumentKey: z.string(),
  item: z.string(),
  concept: z.string(),
  criterion: CriterionIdSchema.nullable(),
  tags: z.array(z.string()),
  tier: TickTierSchema.nullable(),
};

/** One scored item (or mystery-guest tick), aggregated by concept over the perspective's pinned versions. */
export const ItemSummarySchema = z.discriminatedUnion('suppressed', [
  SuppressedSchema.extend(ItemKey),
  z.object({
    suppressed: z.literal(false),
    ...ItemKey,
    /** Answers given, dk included. */
    n: Count,
    /** Answers with a level (dk and `ns` excluded). */
    nScored: Count,
    mean: ScaleValue.nullable(),
    sd: z.number().nonnegative().nullable(),
    options: z.array(OptionCountSchema),
    /** dk / n; null for mystery-guest ticks, whose "niet waargenomen" is not a "weet niet". */
    dontKnowRate: Share.nullable(),
    dontKnowFlag: z.boolean(),
    /**
     * Mystery-guest ticks only: visits that answered "niet waargenomen" (not in n, not among `options`), and their
     * share of the visits that filled the tick in.
     */
    notObserved: Count.optional(),
    notObservedRate: Share.nullable().optional(),
  }),
]);
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

export const ExplanationItemSchema = z.object({
  concept: z.string(),
  item: z.string(),
  mean: ScaleValue,
  n: Count,
});

export const CapReasonSchema = z.enum(['no-evidence', 'large-gap']);

/**
 * How the tier rule changed the mystery guest's part in an overall level: some visits passed every tier they could
 * observe, the highest being below 3, so they say "at least `observedUpTo`" and count as max(their level, the
 * weighted mean of the other perspectives), never as evidence at 3.0.
 */
export const GuestTierLimitSchema = z.object({
  /** The highest tier the lower-bound visits could observe. */
  observedUpTo: TickTierSchema,
  visitsAtLeast: Count,
  visits: Count,
  /** The plain mean of the visits' staircase levels (the mystery guest's criterion figure). */
  observedMean: ScaleValue,
  /** The weighted mean of the other perspectives the lower bounds were raised to; null: none, so they were left out. */
  othersMean: ScaleValue.nullable(),
  /** Mean of the visits whose level is exact (a tier failed, or tier 3 passed): the only level-3 evidence; null: none. */
  evidenceMean: ScaleValue.nullable(),
});
export type GuestTierLimit = z.infer<typeof GuestTierLimitSchema>;
export type CapReason = z.infer<typeof CapReasonSchema>;

/** One step of the reasoning behind an overall level. */
export const LevelReasonSchema = z.discriminatedUnion('kind', [
  /**
   * A perspective that counted, with its renormalised weight and the items that carried it. For the mystery guest
   * `mean` is the figure that was weighted, after the tier rule (see `tierLimit`).
   */
  z.object({
    kind: z.literal('perspective'),
    perspective: PerspectiveSchema,
    mean: ScaleValue,
    n: Count,
    weight: Share,
    items: z.array(ExplanationItemSchema),
    tierLimit: GuestTierLimitSchema.optional(),
  }),
  /**
   * The mystery guest had visits but no figure that may count: no visit could observe the criterion, or every visit
   * passed all it could observe below 3.0 and no other perspective has figures to measure that lower bound against.
   */
  z.object({
    kind: z.literal('guest-dropped'),
    because: z.enum(['not-observable', 'lower-bound-only']),
    /** The highest tier the visits observed on the criterion; null when nothing was observable. */
    observedUpTo: TickTierSchema.nullable(),
    visits: Count,
  }),
  /** A perspective that has items on the criterion but no figures (too few respondents). */
  z.object({ kind: z.literal('perspective-suppressed'), perspective: PerspectiveSchema }),
  z.object({ kind: z.literal('weighted-mean'), mean: ScaleValue }),
  /** The level-3 evidence condition: the best mean among `from` (figures only) against `atLeast`. */
  z.object({
    kind: z.literal('evidence'),
    met: z.boolean(),
    from: z.array(PerspectiveSchema),
    atLeast: ScaleValue,
    best: z.object({ perspective: PerspectiveSchema, mean: ScaleValue }).nullable(),
    /** Every perspective of `from` whose mean reaches `atLeast`: the ones that carry a 3.0. */
    carriedBy: z.array(z.object({ perspective: PerspectiveSchema, mean: ScaleValue })),
  }),
  /** The level-3 gap condition; `gap` null when either side has no figures (the condition then holds). */
  z.object({ kind: z.literal('gap'), met: z.boolean(), gap: z.number().nullable(), maxGap: z.number() }),
  /** The weighted mean was capped because a level-3 condition failed. */
  z.object({ kind: z.literal('cap'), capAt: ScaleValue, because: z.array(CapReasonSchema).min(1) }),
]);
export type LevelReason = z.infer<typeof LevelReasonSchema>;

export const OverallLevelSchema = z.object({
  criterion: CriterionIdSchema,
  /** Null when no perspective has figures for the criterion. */
  level: LevelSchema.nullable(),
  /** Weighted mean of the perspectives with figures, before any cap. */
  weightedMean: ScaleValue.nullable(),
  /** The mean the level is read from: the weighted mean, or the cap when a level-3 condition failed. */
  reportedMean: ScaleValue.nullable(),
  capped: z.boolean(),
  explanation: z.object({
    reasons: z.array(LevelReasonSchema),
    /** Plain Dutch, built from `reasons`. */
    sentence: z.string(),
  }),
});
export type OverallLevel = z.infer<typeof OverallLevelSchema>;

const GapKey = { criterion: CriterionIdSchema, from: PerspectiveSchema, minus: PerspectiveSchema };

/** `from` mean minus `minus` mean (professionals minus parents in model v1). */
export const GapSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    ...GapKey,
    fromMean: ScaleValue,
    minusMean: ScaleValue,
    gap: z.number(),
    /** gap ≥ the model's `gap.flagAt`. */
    flagged: z.boolean(),
    /** "medewerkers zien 3.0, ouders ervaren 1.0 (verschil 1.80)". */
    sentence: z.string(),
  }),
  /** `suppressed`: a side has too few respondents; `missing`: a side has no items or answers on the criterion. */
  z.object({ available: z.literal(false), ...GapKey, because: z.enum(['suppressed', 'missing']) }),
]);
export type Gap = z.infer<typeof GapSchema>;

export const TagVocabularySchema = z.enum(['core', 'form', 'competence', 'component']);
export type TagVocabulary = z.infer<typeof TagVocabularySchema>;

export const TagPerspectiveSchema = z.discriminatedUnion('suppressed', [
  SuppressedSchema.extend({ perspective: PerspectiveSchema }),
  GroupFiguresSchema.extend({ perspective: PerspectiveSchema, items: Count }),
]);
export type TagPerspective = z.infer<typeof TagPerspectiveSchema>;

export const TagSummarySchema = z.object({
  tag: z.string(),
  vocabulary: TagVocabularySchema,
  name: DutchEnglishSchema,
  /** Criteria the model tags with it. */
  criteria: z.array(CriterionIdSchema),
  /** Mean of those criteria's reported overall means (criteria without a level left out). */
  criteriaMean: z.object({ mean: ScaleValue, level: LevelSchema, criteria: Count }).nullable(),
  /** Per perspective, respondents' means over the items carrying the tag (a core tag also takes its criteria's items). */
  perspectives: z.array(TagPerspectiveSchema),
});
export type TagSummary = z.infer<typeof TagSummarySchema>;

export const TickAnswerSchema = z.enum(['yes', 'partly', 'no', 'not-observed']);
export type TickAnswer = z.infer<typeof TickAnswerSchema>;

export const TickResultSchema = z.object({
  item: z.string(),
  concept: z.string(),
  criterion: CriterionIdSchema.nullable(),
  tier: TickTierSchema,
  /** Null when the tick was left empty. */
  answer: TickAnswerSchema.nullable(),
  credit: Share.nullable(),
  /** max(1, tier + offset): the level this single observation is evidence for; null when not observed. */
  optionLevel: ScaleValue.nullable(),
});
export type TickResult = z.infer<typeof TickResultSchema>;

export const NormKeySchema = z.enum(['phoneAnswerSeconds', 'emailReplyHours', 'emailReplyWorkingDays']);
export type NormKey = z.infer<typeof NormKeySchema>;

export const FactResultSchema = z.object({
  item: z.string(),
  concept: z.string(),
  criterion: CriterionIdSchema.nullable(),
  unit: FactUnitSchema.nullable(),
  /** The measured number; for the email reply, the working days from sending to the first personal reply. */
  value: z.number().nullable(),
  /** A date-time fact (`datetime-local`, YYYY-MM-DDTHH:MM) as entered; absent for numeric facts. */
  at: z.string().nullable().optional(),
  norm: z
    .object({
      key: NormKeySchema,
      /** The norm in its own unit (seconds, hours, working days). */
      limit: z.number(),
      /** The measured value converted to the norm's unit. */
      value: z.number().nullable(),
      /** value ≤ limit; null when not measured; false for an email that got no personal reply. */
      met: z.boolean().nullable(),
    })
    .nullable(),
});
export type FactResult = z.infer<typeof FactResultSchema>;

export const TierCheckSchema = z.object({
  tier: TickTierSchema,
  /** Ticks at this tier answered yes, partly or no. */
  answered: Count,
  meanCredit: Share.nullable(),
  /** meanCredit ≥ passShare; null when no tick at this tier was answered. */
  passed: z.boolean().nullable(),
});

export const StaircaseSchema = z.object({
  /** Highest tier T with answered ticks such that every tier ≤ T with answered ticks passed; floor 1. */
  level: LevelSchema,
  tiers: z.array(TierCheckSchema),
});
export type Staircase = z.infer<typeof StaircaseSchema>;

export const VisitResultSchema = z.object({
  instrumentKey: z.string(),
  version: z.number().int(),
  /** Position of the visit in the input, so the researcher can find it back. */
  index: Count,
  /** The staircase over all the visit's ticks; null when no tick was answered. */
  tierReached: LevelSchema.nullable(),
  criteria: z.array(StaircaseSchema.extend({ criterion: CriterionIdSchema })),
  ticks: z.array(TickResultSchema),
  facts: z.array(FactResultSchema),
  /** The scenario played (`standard`, `little-dutch`, `child-support`); null when the form does not record it. */
  scenario: z.string().nullable().optional(),
  /** Two or more raters coded this visit (same visit code): it counts once, from the coding described here. */
  codings: z
    .object({
      /** Input positions of every coding of the visit; `index` is the first. */
      indexes: z.array(Count).min(2),
      raters: z.array(z.string().nullable()),
      visitCode: z.string(),
      /** The researcher settled the coding; otherwise the merge rule of `mergeCodings` scored it. */
      settled: z.boolean(),
    })
    .optional(),
});
export type VisitResult = z.infer<typeof VisitResultSchema>;

/** Cohen's kappa over ticks two raters both answered yes, partly or no. */
export const KappaSchema = z.object({
  /** Ticks both raters answered (not observed, empty and not-asked ticks left out). */
  ticks: Count,
  /** Share of those ticks with the same answer; null without ticks. */
  observedAgreement: Share.nullable(),
  /** Agreement expected by chance from each rater's own answer shares; null without ticks. */
  expectedAgreement: Share.nullable(),
  /** (observed − expected) / (1 − expected); null without ticks or when both raters used one and the same answer. */
  kappa: z.number().min(-1).max(1).nullable(),
  /** kappa ≥ the model's `reliability.kappaMin`; null when kappa is. */
  meetsMinimum: z.boolean().nullable(),
});
export type Kappa = z.infer<typeof KappaSchema>;

export const TickDisagreementSchema = z.object({
  item: z.string(),
  concept: z.string(),
  criterion: CriterionIdSchema.nullable(),
  tier: TickTierSchema,
  a: TickAnswerSchema,
  b: TickAnswerSchema,
});
export type TickDisagreement = z.infer<typeof TickDisagreementSchema>;

/** Agreement of two codings of one visit. */
export const CodingPairSchema = KappaSchema.extend({
  instrumentKey: z.string(),
  visitCode: z.string(),
  /** Input positions of the two codings, and their observer codes. */
  indexes: z.tuple([Count, Count]),
  raters: z.tuple([z.string().nullable(), z.string().nullable()]),
  /** Ticks the raters answered differently ("niet waargenomen" against an answer included). */
  disagreements: z.array(TickDisagreementSchema),
  /** The researcher settled the visit's coding. */
  settled: z.boolean(),
});
export type CodingPair = z.infer<typeof CodingPairSchema>;

/** Double coding in a round: per pair, per form (pooled) and over the round (pooled). */
export const RaterAgreementSchema = z.object({
  kappaMin: Share,
  pairs: z.array(CodingPairSchema),
  byForm: z.array(KappaSchema.extend({ instrumentKey: z.string() })),
  pooled: KappaSchema,
});
export type RaterAgreement = z.infer<typeof RaterAgreementSchema>;

export const ScenarioSchema = z.enum(['standard', 'little-dutch', 'child-support']);
export type Scenario = z.infer<typeof ScenarioSchema>;

/** One difference in treatment between the standard scenario and another one at a touchpoint. */
export const ScenarioFindingSchema = z.discriminatedUnion('kind', [
  /** A tick met (mean credit ≥ passShare) in one scenario and missed in the other. */
  z.object({
    kind: z.literal('tick'),
    instrumentKey: z.string(),
    scenario: ScenarioSchema.exclude(['standard']),
    concept: z.string(),
    item: z.string(),
    criterion: CriterionIdSchema.nullable(),
    tier: TickTierSchema,
    /** Mean credit per side over the visits that answered the tick. */
    standard: Share,
    other: Share,
    /** `worse`: met in the standard scenario only. */
    direction: z.enum(['worse', 'better']),
    sentence: z.string(),
  }),
  /** A norm met in one scenario and not in the other. */
  z.object({
    kind: z.literal('norm'),
    instrumentKey: z.string(),
    scenario: ScenarioSchema.exclude(['standard']),
    key: NormKeySchema,
    limit: z.number(),
    /** Measured values per side (null: no reply), in visit order. */
    standard: z.array(z.number().nullable()),
    other: z.array(z.number().nullable()),
    direction: z.enum(['worse', 'better']),
    sentence: z.string(),
  }),
]);
export type ScenarioFinding = z.infer<typeof ScenarioFindingSchema>;

/** Per criterion at one touchpoint: ticks filled in and how many of them were not observed. */
export const TouchpointObservationSchema = z.object({
  criterion: CriterionIdSchema,
  notObserved: Count,
  notObservedRate: Share.nullable(),
});

export const MysteryGuestSchema = z.object({
  /** Visits grouped by touchpoint (the observation form's instrument key). */
  touchpoints: z.array(
    z.object({
      instrumentKey: z.string(),
      visits: z.array(VisitResultSchema),
      notObserved: z.array(TouchpointObservationSchema).optional(),
    }),
  ),
  /** Per criterion, the visit levels that make the mystery guest's mean in `criteria`. */
  evidence: z.array(
    z.object({
      criterion: CriterionIdSchema,
      visits: z.array(
        z.object({
          instrumentKey: z.string(),
          index: Count,
          level: LevelSchema,
          /** The highest tier the visit observed on the criterion. */
          observedUpTo: TickTierSchema.optional(),
          /** The visit passed every tier it observed and that was below 3: its level is a lower bound. */
          atLeast: z.boolean().optional(),
        }),
      ),
    }),
  ),
  /** Absent when no visit was double coded. */
  agreement: RaterAgreementSchema.optional(),
  /** Differences between the standard scenario and the others, per touchpoint. */
  scenarios: z.array(ScenarioFindingSchema).optional(),
});
export type MysteryGuestResults = z.infer<typeof MysteryGuestSchema>;

export const DenominatorKindSchema = z.enum(['families', 'pupils812', 'professionals']);
export type DenominatorKind = z.infer<typeof DenominatorKindSchema>;

export const RespondentCountSchema = z.discriminatedUnion('suppressed', [
  SuppressedSchema.extend({ perspective: PerspectiveSchema }),
  z.object({
    suppressed: z.literal(false),
    perspective: PerspectiveSchema,
    complete: Count,
    /** Started but not finished; never scored. */
    partial: Count,
    denominator: z.object({ kind: DenominatorKindSchema, count: z.number().int().positive() }).nullable(),
    /** complete / denominator; above 1 is possible (two parents of one family). Null without a denominator. */
    rate: z.number().nonnegative().nullable(),
    /** Index into the model's `responseRate.labels`, and the label itself. */
    labelIndex: z.union([z.literal(0), z.literal(1), z.literal(2)]).nullable(),
    label: DutchEnglishSchema.nullable(),
  }),
]);
export type RespondentCount = z.infer<typeof RespondentCountSchema>;

export const OpenAnswerGroupSchema = z.discriminatedUnion('shown', [
  z.object({
    shown: z.literal(true),
    perspective: PerspectiveSchema,
    answers: z.array(z.object({ question: z.string(), text: z.string() })),
  }),
  /** Fewer complete respondents than the model's `privacy.minOpenAnswers`. */
  z.object({ shown: z.literal(false), perspective: PerspectiveSchema }),
]);
export type OpenAnswerGroup = z.infer<typeof OpenAnswerGroupSchema>;

/** One option of a needs-inventory item: how many of the parents asked chose it, and where it points the plan. */
export const NeedOptionSchema = z.object({
  value: z.string(),
  /** The option's Dutch text in the questionnaire. */
  label: z.string(),
  count: Count,
  /** count / n; options are multiple choice, so shares do not add up to 1. */
  share: Share,
  pointsTo: NeedPointerSchema.nullable(),
});

const NeedItemKey = { instrumentKey: z.string(), item: z.string(), concept: z.string() };

/** One needs-inventory item (tag `inventory`); hidden below the model's `privacy.minGroupSize` parents asked. */
export const NeedItemSchema = z.discriminatedUnion('suppressed', [
  SuppressedSchema.extend(NeedItemKey),
  z.object({
    suppressed: z.literal(false),
    ...NeedItemKey,
    title: z.string(),
    /** Complete parents who were asked the item; choosing nothing is an answer here ("Is er niets moeilijk?"). */
    n: Count,
    /** Of them, those who chose at least one option. */
    answered: Count,
    options: z.array(NeedOptionSchema),
  }),
]);
export type NeedItem = z.infer<typeof NeedItemSchema>;

/** The parents' needs inventory (model v2 `inventory`): never scored, reported as shares, read by the plan. */
export const NeedsInventorySchema = z.object({
  items: z.array(NeedItemSchema),
  /** The options chosen most (by share, over the shown items), with where they point. */
  topNeeds: z.array(NeedOptionSchema.extend({ concept: z.string() })),
  /** Criteria and library actions by how many choices of shown items point to them, most first. */
  pointsTo: z.object({
    criteria: z.array(z.object({ criterion: CriterionIdSchema, choices: Count })),
    actions: z.array(z.object({ action: z.string(), choices: Count })),
  }),
});
export type NeedsInventory = z.infer<typeof NeedsInventorySchema>;

/** What professionals say about one basic form being in place (a fact item), dk apart. */
export const FormInPlaceSchema = z.discriminatedUnion('suppressed', [
  SuppressedSchema.extend({ concept: z.string() }),
  z.object({
    suppressed: z.literal(false),
    concept: z.string(),
    /** Professionals asked who answered other than "weet ik niet". */
    n: Count,
    dontKnow: Count,
    dontKnowRate: Share.nullable(),
    /** Share saying the form is fully in place (with every family; for the reception: it took place). */
    inPlaceShare: Share,
    /** Share saying it is in place at least for part of the families. */
    atLeastPartlyShare: Share,
    options: z.array(z.object({ value: z.string(), label: z.string(), count: Count, share: Share })),
  }),
]);
export type FormInPlace = z.infer<typeof FormInPlaceSchema>;

/** One of the four basic forms (DOMAIN §5): professionals' facts beside the parents' experience of it. */
export const BasicFormSchema = z.object({
  form: z.string(),
  name: DutchEnglishSchema,
  /** Null when the pinned professionals' questionnaire has no fact on the form. */
  professionals: FormInPlaceSchema.nullable(),
  parents: z.object({
    /** The parents' tag figure (mean of respondents' means over the form's items); null when hidden or absent. */
    mean: ScaleValue.nullable(),
    items: z.array(
      z.object({
        item: z.string(),
        concept: z.string(),
        criterion: CriterionIdSchema.nullable(),
        mean: ScaleValue.nullable(),
      }),
    ),
  }),
});
export type BasicForm = z.infer<typeof BasicFormSchema>;

/** Start conversations in place while the old ten-minute rounds are all kept (DOMAIN §5): a workload finding. */
export const HalfAdoptionSchema = z.object({
  /** Null when either figure is hidden or missing. */
  flagged: z.boolean().nullable(),
  startConversationShare: Share.nullable(),
  /** Share of professionals answering the ten-minute question (kept all, kept some, replaced) who say all are kept. */
  tenMinuteKeptAllShare: Share.nullable(),
  sentence: z.string().nullable(),
});
export type HalfAdoption = z.infer<typeof HalfAdoptionSchema>;

export const BasicFormsSchema = z.object({ forms: z.array(BasicFormSchema), halfAdoption: HalfAdoptionSchema });
export type BasicForms = z.infer<typeof BasicFormsSchema>;

/** One group of a background question: its count and share of the answers, hidden below the minimum. */
export const ReachGroupSchema = z.discriminatedUnion('suppressed', [
  z.object({ suppressed: z.literal(true), value: z.string(), label: z.string() }),
  z.object({ suppressed: z.literal(false), value: z.string(), label: z.string(), count: Count, share: Share }),
]);
export type ReachGroup = z.infer<typeof ReachGroupSchema>;

export const ReachQuestionSchema = z.object({
  concept: z.string(),
  title: z.string(),
  /** Shares are of all complete parents' responses; for background questions the last group is `''`, left open. */
  groups: z.array(ReachGroupSchema),
});
export type ReachQuestion = z.infer<typeof ReachQuestionSchema>;

/** Who we heard: the parents' answers by background group and language, small groups hidden. */
export const WhoWeHeardSchema = z.object({
  questions: z.array(ReachQuestionSchema),
  /** Plain Dutch about groups that are few among the answers. */
  sentences: z.array(z.string()),
});
export type WhoWeHeard = z.infer<typeof WhoWeHeardSchema>;

/** Everything the scan says about one location in one round, already suppressed; shared by the API and the web. */
export const LocationReportSchema = z.object({
  modelVersion: z.number().int().positive(),
  /** The pinned instrument versions that were scored. */
  instruments: z.array(z.object({ key: z.string(), version: z.number().int(), perspective: PerspectiveSchema })),
  respondents: z.object({
    byPerspective: z.array(RespondentCountSchema),
    /** Hidden as soon as one perspective is, so no hidden count follows by subtraction. */
    total: z.discriminatedUnion('suppressed', [
      SuppressedSchema,
      z.object({ suppressed: z.literal(false), complete: Count, partial: Count }),
    ]),
  }),
  criteria: z.array(CriterionScoreSchema),
  items: z.array(ItemSummarySchema),
  overall: z.array(OverallLevelSchema),
  gaps: z.array(GapSchema),
  tags: z.array(TagSummarySchema),
  mysteryGuest: MysteryGuestSchema,
  openAnswers: z.array(OpenAnswerGroupSchema),
  /** When the pinned parents' questionnaire has a needs inventory. */
  needs: NeedsInventorySchema.optional(),
  /** When the pinned professionals' questionnaire has facts on the basic forms. */
  basicForms: BasicFormsSchema.optional(),
  /** Who answered among the parents, when the round has a parents' questionnaire. */
  reach: WhoWeHeardSchema.optional(),
});
export type LocationReport = z.infer<typeof LocationReportSchema>;

/** A change between two rounds with Welch's interval; null interval when a side has fewer than two values. */
export const ChangeSchema = z.object({
  before: z.object({ mean: ScaleValue, n: Count }),
  after: z.object({ mean: ScaleValue, n: Count }),
  change: z.number(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  df: z.number().nullable(),
  /** The interval excludes 0: the change is larger than the noise of two samples. */
  exceedsNoise: z.boolean(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** Baseline round against follow-up round, for one location. Figures hidden in either report give no change. */
export const RoundComparisonSchema = z.object({
  confidence: Share,
  criteria: z.array(
    z.object({
      criterion: CriterionIdSchema,
      perspective: PerspectiveSchema,
      change: ChangeSchema.nullable(),
      /**
       * The questions behind the two means: kept (the same concept), continued (a reworded follow-up concept the
       * concept map says carries on a baseline one), new in the follow-up, dropped since the baseline. A change over
       * other questions is not quite the same measure. Absent in comparisons stored before it was added.
       */
      questions: z.object({ kept: Count, continued: Count, added: Count, dropped: Count }).optional(),
    }),
  ),
  overall: z.array(
    z.object({
      criterion: CriterionIdSchema,
      before: z.object({ level: LevelSchema, mean: ScaleValue }).nullable(),
      after: z.object({ level: LevelSchema, mean: ScaleValue }).nullable(),
      /** after.level − before.level. */
      levelChange: z.number().int().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      perspective: PerspectiveSchema,
      /** The follow-up item's concept, and the baseline concept it continues (null: new in the follow-up). */
      concept: z.string(),
      baselineConcept: z.string().nullable(),
      change: ChangeSchema.nullable(),
    }),
  ),
  /**
   * Perspectives answered on another questionnaire version than in the baseline: new wording and answer options
   * can move a mean by themselves, so a change there is not only a change at the location. Absent in older
   * comparisons.
   */
  instrumentChanges: z
    .array(
      z.object({
        perspective: PerspectiveSchema,
        from: z.array(z.object({ key: z.string(), version: z.number().int() })),
        to: z.object({ key: z.string(), version: z.number().int() }),
      }),
    )
    .optional(),
});
export type RoundComparison = z.infer<typeof RoundComparisonSchema>;
