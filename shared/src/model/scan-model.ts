import { z } from 'zod';
import { LocaleSchema } from '../contracts/common';
import {
  AnswerScaleSchema,
  ConceptKeySchema,
  CriterionIdSchema,
  PerspectiveSchema,
  TickTierSchema,
} from '../instruments/instrument-file';

/** A text the staff side shows in Dutch or English. */
export const DutchEnglishSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) });
export type DutchEnglish = z.infer<typeof DutchEnglishSchema>;

const Share = z.number().min(0).max(1);
const Level = z.number().min(1).max(3);
/** Every rule group carries `about`: the why, in plain words, for the researcher and the next engineer. */
const About = z.string().min(1);

/**
 * Tag vocabularies. An item or criterion tag is `<vocabulary>:<key>` (`core:equal`, `form:buddies`), or a bare key
 * of the `marker` vocabulary (`mirror`).
 */
export const TagVocabulariesSchema = z.object({
  core: z.record(z.string(), DutchEnglishSchema),
  pta: z.record(z.string(), DutchEnglishSchema),
  form: z.record(z.string(), DutchEnglishSchema),
  competence: z.record(z.string(), DutchEnglishSchema),
  component: z.record(z.string(), DutchEnglishSchema),
  marker: z.record(z.string(), DutchEnglishSchema),
  /** From model v2: the child's basic needs of self-determination theory (competence, autonomy, relatedness). */
  need: z.record(z.string(), DutchEnglishSchema).optional(),
});
export type TagVocabularies = z.infer<typeof TagVocabulariesSchema>;

export const CriterionSchema = z.object({
  id: CriterionIdSchema,
  name: DutchEnglishSchema,
  /** What 3.0 looks like, in one sentence. */
  summary: DutchEnglishSchema,
  /** Behaviour that characterises each level; the report quotes it beside the level it explains. */
  rubric: z.object({ '1': DutchEnglishSchema, '2': DutchEnglishSchema, '3': DutchEnglishSchema }),
  /** Exactly one `core:` tag; further `pta:`, `form:`, `competence:` and `component:` tags. */
  tags: z.array(z.string()).min(1),
  /**
   * From model v2: why children are not asked about this criterion (they cannot observe it). Absent: the latest
   * children's questionnaire measures it; the surveys check holds the two together.
   */
  childrenCannotObserve: DutchEnglishSchema.optional(),
  /**
   * From model v2: the tiers the latest mystery-guest forms have ticks for on this criterion (the surveys check
   * compares). The guest counts for the criterion only up to the highest of these (see `mysteryGuest.tierRule`).
   */
  mysteryGuestTiers: z.array(TickTierSchema).optional(),
  /**
   * Why a guest cannot observe a tier of this criterion (or the criterion at all), or what it sees only indirectly;
   * required when tiers are missing.
   */
  mysteryGuestNote: DutchEnglishSchema.optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

const PerspectiveWeights = z.object({
  parents: Share,
  professionals: Share,
  children: Share,
  'mystery-guest': Share,
});

export const ScanModelSchema = z
  .object({
    version: z.number().int().positive(),
    about: About,
    /** The continuous level scale every scored option maps onto, and what each whole level means. */
    scale: z.object({
      about: About,
      min: z.literal(1),
      max: z.literal(3),
      levels: z.object({ '1': DutchEnglishSchema, '2': DutchEnglishSchema, '3': DutchEnglishSchema }),
    }),
    /** Standard option levels of the answer scales, so every instrument maps them the same way. */
    answerScales: z.object({
      about: About,
      /** Levels of options 1–4 of a 4-point scale without midpoint (never … almost always). */
      fourPoint: z.tuple([Level, Level, Level, Level]),
      /** Levels of the children's three options (nee, een beetje, ja). */
      threePoint: z.tuple([Level, Level, Level]),
      /** Option value of "weet ik niet / n.v.t." (scored `dk`). */
      dontKnowValue: z.string(),
    }),
    /** A mean below `edges[0]` is level 1.0, below `edges[1]` level 2.0, otherwise 3.0. */
    bands: z.object({ about: About, edges: z.tuple([Level, Level]) }),
    /** Confidence of the interval reported around each mean; a band edge inside it is said aloud. */
    interval: z.object({ about: About, confidence: Share }),
    /** Weights of the perspectives in a criterion's overall level; renormalised over perspectives with figures. */
    weights: z.object({ about: About, byPerspective: PerspectiveWeights }),
    /** Professional mean minus parent mean per criterion; flagged at or above `flagAt`. */
    gap: z.object({
      about: About,
      from: PerspectiveSchema,
      minus: PerspectiveSchema,
      flagAt: z.number().positive(),
    }),
    /** The conditions for an overall 3.0. */
    level3: z.object({
      about: About,
      /** At least one of these perspectives must have a criterion mean at or above `evidenceAtLeast`. */
      evidenceFrom: z.array(PerspectiveSchema).min(1),
      evidenceAtLeast: Level,
      /** And the flagged gap (see `gap`) must be below this. */
      maxGap: z.number().positive(),
      /** Level the overall mean is capped at when a condition fails. */
      otherwiseCapAt: Level,
    }),
    privacy: z.object({
      about: About,
      /** A perspective with fewer respondents at a location gets no figures of its own. */
      minGroupSize: z.number().int().positive(),
      /** Open answers are shown only from this many respondents, and only after the researcher's review. */
      minOpenAnswers: z.number().int().positive(),
    }),
    /** Labels beside every figure: below `edges[0]` the first label, below `edges[1]` the second, else the third. */
    responseRate: z.object({
      about: About,
      edges: z.tuple([Share, Share]),
      labels: z.tuple([DutchEnglishSchema, DutchEnglishSchema, DutchEnglishSchema]),
    }),
    /** A "don't know" share at or above this for an item or criterion is itself reported as a finding. */
    dontKnow: z.object({ about: About, flagRateAtLeast: Share }),
    reliability: z.object({
      about: About,
      alphaAcceptable: Share,
      alphaGood: Share,
      /** Below this, a criterion's items are reported one by one instead of as a scale. */
      alphaReportItemsBelow: Share,
      /** Cohen's kappa two mystery-guest raters must reach on a double-coded visit. */
      kappaMin: Share,
    }),
    mysteryGuest: z.object({
      about: About,
      /** Option values of a tick; `notObserved` is scored `dk`. */
      tickValues: z.object({ yes: z.string(), partly: z.string(), no: z.string(), notObserved: z.string() }),
      /** Option level of a tick = max(1, tier + offset): the level that single observation is evidence for. */
      optionLevelOffset: z.object({ yes: z.number(), partly: z.number(), no: z.number() }),
      /** How much of a tick is met, for the staircase rule. */
      credit: z.object({ yes: Share, partly: Share, no: Share }),
      /** A visit reaches tier T for a criterion when the mean credit of its answered ticks at every tier ≤ T is at least this. */
      passShare: Share,
      /**
       * Public-service norms the measured facts are compared with. Model v1 states the email norm in hours; from v2
       * it is `emailReplyWorkingDays` (working days between sending and the first personal reply, not 48 hours).
       */
      norms: z.object({
        phoneAnswerSeconds: z.number().positive(),
        emailReplyHours: z.number().positive().optional(),
        emailReplyWorkingDays: z.number().int().positive().optional(),
      }),
      /**
       * From model v2: in words, how far the guest counts for a criterion given the tiers its forms can observe
       * (see `criteria[].mysteryGuestTiers`).
       */
      tierRule: About.optional(),
      /** From model v2: how a tick answered "not observed" is treated and the words a report uses for it. */
      notObserved: z.object({ about: About, label: DutchEnglishSchema }).optional(),
      /**
       * From model v2: the concepts of the measured facts the norms are computed from, so scoring and the visit form
       * find them by concept whatever the question is called. Date-times are the browser's `datetime-local` values.
       */
      measuredFacts: z
        .object({
          about: About,
          /** Seconds until the phone was answered (number), compared with `norms.phoneAnswerSeconds`. */
          phoneAnswerSeconds: ConceptKeySchema,
          /** When the guest sent the email or form (date-time). */
          emailSentAt: ConceptKeySchema,
          /** When the first personal reply came (date-time; empty: none came); working days since `emailSentAt`. */
          emailRepliedAt: ConceptKeySchema,
        })
        .optional(),
    }),
    coverage: z.object({
      about: About,
      /** Every criterion is measured by scored items of at least this many perspectives. */
      minPerspectivesPerCriterion: z.number().int().positive(),
      /** Scored items per criterion in the latest version of each listed perspective's instruments. */
      minScoredItemsPerCriterion: z.partialRecord(PerspectiveSchema, z.number().int().positive()),
      /** Tags that must appear on at least one item of the perspective's latest instruments. */
      requiredTags: z.partialRecord(PerspectiveSchema, z.array(z.string())),
      /**
       * From model v2: perspectives that must measure every criterion. Children measure every criterion except those
       * with `childrenCannotObserve`; the mystery guest every criterion at the tiers of `mysteryGuestTiers`.
       */
      requiredPerspectives: z.array(PerspectiveSchema).optional(),
    }),
    authoring: z.object({
      about: About,
      requiredLocales: z.record(PerspectiveSchema, z.array(LocaleSchema).min(1)),
      secondsPerItem: z.number().positive(),
      secondsPerOpenQuestion: z.number().positive(),
      maxMinutes: z.partialRecord(PerspectiveSchema, z.number().positive()),
      childMaxWordsPerSentence: z.number().int().positive(),
      /** Dutch words children's texts avoid (negations), matched as whole words. */
      childAvoidWords: z.array(z.string()),
      /** From model v2: the answer scales a scored item of the perspective may use (see `AnswerScaleSchema`). */
      allowedScales: z.partialRecord(PerspectiveSchema, z.array(AnswerScaleSchema)).optional(),
      /** From model v2: the Dutch option texts of the frequency scale, in order, without "weet ik niet". */
      frequencyLabels: z.array(z.string()).optional(),
      /**
       * From model v2: Dutch words that betray an agreement or satisfaction scale; no option of a scored item of
       * parents or professionals may contain one (matched as whole words).
       */
      agreementWords: z.array(z.string()).optional(),
    }),
    /** From model v2: how routed items are shown and scored. */
    routing: z.object({ about: About }).optional(),
    /** From model v2: the parents' needs inventory (unscored, reported as shares, read by the plan's suggestions). */
    inventory: z.object({ about: About }).optional(),
    tags: TagVocabulariesSchema,
    criteria: z.array(CriterionSchema).length(10),
  })
  .superRefine((m, ctx) => {
    const ids = m.criteria.map((c) => c.id);
    for (const id of CriterionIdSchema.options)
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `criterion ${id} missing` });
    const weightSum = Object.values(m.weights.byPerspective).reduce((a, b) => a + b, 0);
    if (Math.abs(weightSum - 1) > 1e-9)
      ctx.addIssue({ code: 'custom', path: ['weights'], message: `weights sum to ${weightSum}, not 1` });
    if (m.bands.edges[0] >= m.bands.edges[1])
      ctx.addIssue({ code: 'custom', path: ['bands', 'edges'], message: 'edges must ascend' });
    m.criteria.forEach((c, i) => {
      for (const tag of c.tags) {
        const problem = tagProblem(m.tags, tag);
        if (problem) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'tags'], message: problem });
      }
      if (c.tags.filter((t) => t.startsWith('core:')).length !== 1)
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'tags'], message: `${c.id} needs exactly one core: tag` });
    });
  });
export type ScanModel = z.infer<typeof ScanModelSchema>;

/** Why a tag is not in the model's vocabularies, or undefined when it is. */
export function tagProblem(vocabularies: TagVocabularies, tag: string): string | undefined {
  const [prefix, key, ...rest] = tag.split(':');
  if (key === undefined) return prefix && prefix in vocabularies.marker ? undefined : `unknown marker tag "${tag}"`;
  if (rest.length > 0 || !prefix || !(prefix in vocabularies) || prefix === 'marker')
    return `unknown tag vocabulary in "${tag}"`;
  const vocabulary = vocabularies[prefix as keyof TagVocabularies];
  return vocabulary && key in vocabulary ? undefined : `unknown tag "${tag}"`;
}

/** The whole level (1, 2 or 3) a mean on the continuous scale falls in, by the model's band edges. */
export function bandOf(model: Pick<ScanModel, 'bands'>, mean: number): 1 | 2 | 3 {
  const [low, high] = model.bands.edges;
  return mean < low ? 1 : mean < high ? 2 : 3;
}
