import { z } from 'zod';
import { CriterionIdSchema, PerspectiveSchema } from '../instruments/instrument-file';
import { BasicFormTagSchema, LibraryActionSchema } from '../plans/action-library';
import { decisionProblem, MAX_AMOUNT_CENTS } from '../plans/committee';
import { LevelSchema } from '../scoring/report-schema';
import { RoleSchema } from './accounts';
import { IsoDateSchema } from './common';
import { endpoint } from './endpoint';

export const ActionStatusSchema = z.enum(['planned', 'in_progress', 'done', 'stopped']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** The level a team aims for on a criterion. */
export const AmbitionSchema = z.union([z.literal(2), z.literal(3)], { message: 'kies ambitie 2.0 of 3.0' });
export type Ambition = z.infer<typeof AmbitionSchema>;

/** Knoster's five conditions for change, in his order. */
export const KnosterConditionSchema = z.enum(['vision', 'skills', 'incentives', 'resources', 'actionPlan']);
export type KnosterCondition = z.infer<typeof KnosterConditionSchema>;

/** The failure a plan runs into when one condition is missing. */
export const KnosterFailureSchema = z.enum(['confusion', 'anxiety', 'resistance', 'frustration', 'false-start']);
export type KnosterFailure = z.infer<typeof KnosterFailureSchema>;

const Text = (max: number) => z.string().max(max, `hoogstens ${max} tekens`);

/** What the team wrote for each condition of one goal; empty means not yet thought through. */
export const KnosterInputSchema = z.object({
  vision: Text(2000).default(''),
  skills: Text(2000).default(''),
  incentives: Text(2000).default(''),
  resources: Text(2000).default(''),
  actionPlan: Text(2000).default(''),
});
export type KnosterInput = z.infer<typeof KnosterInputSchema>;

/** The plan's answer to "blijven de tienminutengesprekken bestaan?"; null while unanswered. */
export const TenMinuteRoundsSchema = z.enum(['yes', 'partly', 'no']);
export type TenMinuteRounds = z.infer<typeof TenMinuteRoundsSchema>;

// ---- requests ----

export const CreatePlanSchema = z.object({ roundId: z.uuid({ message: 'geen geldig id' }) });
export type CreatePlan = z.infer<typeof CreatePlanSchema>;

export const UpdatePlanSchema = z.object({
  title: Text(200).min(1, 'vul een titel in').optional(),
  tenMinuteRoundsStay: TenMinuteRoundsSchema.nullable().optional(),
});
export type UpdatePlan = z.infer<typeof UpdatePlanSchema>;

export const GoalInputSchema = z.object({
  criterion: CriterionIdSchema,
  ambition: AmbitionSchema,
  goal: Text(2000).default(''),
  knoster: KnosterInputSchema.default(KnosterInputSchema.parse({})),
});
export type GoalInput = z.input<typeof GoalInputSchema>;

export const GoalPatchSchema = z.object({
  ambition: AmbitionSchema.optional(),
  goal: Text(2000).optional(),
  knoster: KnosterInputSchema.partial().optional(),
});
export type GoalPatch = z.infer<typeof GoalPatchSchema>;

const ActionFields = {
  title: Text(200).trim().min(1, 'vul een titel in'),
  description: Text(2000).default(''),
  owner: Text(120).default(''),
  startsOn: IsoDateSchema.nullable().default(null),
  dueOn: IsoDateSchema.nullable().default(null),
};

const datesInOrder = (a: { startsOn?: string | null; dueOn?: string | null }) =>
  !a.startsOn || !a.dueOn || a.dueOn >= a.startsOn;
const datesMessage = { message: 'de einddatum ligt voor de startdatum', path: ['dueOn'] };

/** A new action; with `libraryKey` the server takes the basic form from the library. */
export const ActionInputSchema = z
  .object({ libraryKey: z.string().max(80).nullable().default(null), ...ActionFields })
  .refine(datesInOrder, datesMessage);
export type ActionInput = z.input<typeof ActionInputSchema>;

export const ActionPatchSchema = z
  .object({
    title: ActionFields.title.optional(),
    description: Text(2000).optional(),
    owner: Text(120).optional(),
    startsOn: IsoDateSchema.nullable().optional(),
    dueOn: IsoDateSchema.nullable().optional(),
  })
  .refine(datesInOrder, datesMessage);
export type ActionPatch = z.infer<typeof ActionPatchSchema>;

/** A status change, or with the same status an evidence note. */
export const StatusChangeSchema = z.object({
  status: ActionStatusSchema,
  note: Text(2000).trim().optional(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** The committee's answer to a plan or to a request resting on it (a subsidy request). */
export const DecisionOutcomeSchema = z.enum(['granted', 'not_granted', 'revise'], {
  message: 'kies toegekend, niet toegekend of aanpassing gevraagd',
});
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/**
 * A decision of the municipality's IKC committee. `replaces` is the decision in force the committee member saw (null
 * for the first): a decision is never edited, a new one replaces it, and one written against a stale page is refused.
 */
export const DecisionInputSchema = z
  .object({
    subject: Text(200).trim().min(1, 'vul in waarover het besluit gaat, bijvoorbeeld "Subsidieaanvraag 2027"'),
    outcome: DecisionOutcomeSchema,
    amountCents: z
      .number()
      .int('een bedrag in hele centen')
      .min(1, 'een bedrag is groter dan € 0')
      .max(MAX_AMOUNT_CENTS, 'hoogstens € 10.000.000')
      .nullable()
      .default(null),
    reason: Text(2000).trim().default(''),
    decidedOn: IsoDateSchema,
    replaces: z.uuid({ message: 'geen geldig id' }).nullable(),
  })
  .superRefine((d, ctx) => {
    const problem = decisionProblem(d);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type DecisionInput = z.input<typeof DecisionInputSchema>;

/** A message in the plan's thread between the committee and the IKC team. */
export const CommentInputSchema = z.object({ text: Text(2000).trim().min(1, 'schrijf een reactie') });
export type CommentInput = z.infer<typeof CommentInputSchema>;

// ---- responses ----

export const PlanActionSchema = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  libraryKey: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  startsOn: IsoDateSchema.nullable(),
  dueOn: IsoDateSchema.nullable(),
  status: ActionStatusSchema,
  form: BasicFormTagSchema.nullable(),
  updatedAt: z.string(),
});
export type PlanAction = z.infer<typeof PlanActionSchema>;

export const PlanUpdateSchema = z.object({
  id: z.uuid(),
  actionId: z.uuid(),
  actionTitle: z.string(),
  fromStatus: ActionStatusSchema.nullable(),
  toStatus: ActionStatusSchema,
  note: z.string().nullable(),
  by: z.string().nullable(),
  /** Local time in the Netherlands, `YYYY-MM-DDTHH:MM:SS`. */
  at: z.string(),
});
export type PlanUpdate = z.infer<typeof PlanUpdateSchema>;

export const KnosterFindingSchema = z.object({
  condition: KnosterConditionSchema,
  label: z.string(),
  present: z.boolean(),
  /** The failure a missing condition leads to, named; null when the condition is present. */
  failure: z.object({ key: KnosterFailureSchema, label: z.string(), explanation: z.string() }).nullable(),
});
export type KnosterFinding = z.infer<typeof KnosterFindingSchema>;

/** What the report says about a criterion: the ground a goal stands on. */
export const CriterionFindingSchema = z.object({
  criterion: CriterionIdSchema,
  name: z.string(),
  level: LevelSchema.nullable(),
  /** "2.0", or "geen gegevens" when no perspective has figures. */
  label: z.string(),
  mean: z.number().nullable(),
  /** The report's explanation of the level, plain Dutch. */
  sentence: z.string(),
  /** The professionals–parents gap sentence, when available; `gapFlagged` when it is a band or more. */
  gap: z.string().nullable(),
  gapFlagged: z.boolean(),
});
export type CriterionFinding = z.infer<typeof CriterionFindingSchema>;

export const ChangeFigureSchema = z.object({
  perspective: PerspectiveSchema,
  before: z.number(),
  after: z.number(),
  change: z.number(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  exceedsNoise: z.boolean(),
});

/** A plan criterion measured again in a follow-up round. */
export const GoalProgressSchema = z.object({
  criterion: CriterionIdSchema,
  before: LevelSchema.nullable(),
  after: LevelSchema.nullable(),
  levelChange: z.number().int().nullable(),
  perspectives: z.array(ChangeFigureSchema),
  /** "2.0 → 3.0; ouders +0.45 (95%-interval +0.20 tot +0.70), groter dan de ruis". */
  sentence: z.string(),
});
export type GoalProgress = z.infer<typeof GoalProgressSchema>;

export const PlanGoalSchema = z.object({
  id: z.uuid(),
  criterion: CriterionIdSchema,
  ambition: AmbitionSchema,
  goal: z.string(),
  knoster: KnosterInputSchema,
  knosterFindings: z.array(KnosterFindingSchema),
  findings: CriterionFindingSchema,
  actions: z.array(PlanActionSchema),
  progress: GoalProgressSchema.nullable(),
});
export type PlanGoal = z.infer<typeof PlanGoalSchema>;

export const PlanWarningSchema = z.object({
  code: z.literal('workload'),
  /** `warning`: extra workload expected; `question`: the plan has not said whether the old rounds stay. */
  severity: z.enum(['warning', 'question']),
  message: z.string(),
  /** Where the warning comes from: the plan's answer, the professionals' answers in the report. */
  evidence: z.array(z.string()),
});
export type PlanWarning = z.infer<typeof PlanWarningSchema>;

export const OverdueActionSchema = z.object({
  actionId: z.uuid(),
  goalId: z.uuid(),
  title: z.string(),
  owner: z.string(),
  dueOn: IsoDateSchema,
  daysLate: z.number().int().positive(),
});
export type OverdueAction = z.infer<typeof OverdueActionSchema>;

/** The professionals' answers about the old ten-minute rounds, shares of those who answered (dk left out). */
export const TenMinuteFactSchema = z.object({
  answered: z.number().int().nonnegative(),
  kept: z.number().min(0).max(1),
  replaced: z.number().min(0).max(1),
  noStartConversations: z.number().min(0).max(1),
});
export type TenMinuteFact = z.infer<typeof TenMinuteFactSchema>;

/** A criterion of the report with the library's suggestions for its current level. */
export const CriterionChoiceSchema = CriterionFindingSchema.extend({
  /** Options of the parents' needs inventory that point to the criterion, most chosen first. */
  parentNeeds: z.array(z.object({ question: z.string(), label: z.string(), share: z.number().min(0).max(1) })),
  /** Needs-named actions first; `askedFor` lists the needs (option labels) that name the action. */
  suggestions: z.array(LibraryActionSchema.extend({ askedFor: z.array(z.string()) })),
});
export type CriterionChoice = z.infer<typeof CriterionChoiceSchema>;

const RoundRef = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  kind: z.enum(['baseline', 'follow_up']),
  status: z.enum(['draft', 'open', 'closed', 'reported']),
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
});

export const PlanDecisionSchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  outcome: DecisionOutcomeSchema,
  amountCents: z.number().int().positive().nullable(),
  reason: z.string(),
  decidedOn: IsoDateSchema,
  /** The name of who recorded it. */
  by: z.string().nullable(),
  /** Local time in the Netherlands, `YYYY-MM-DDTHH:MM:SS`. */
  recordedAt: z.string(),
  replaces: z.uuid().nullable(),
  /** The decision that replaced this one; null for the decision in force. */
  supersededBy: z.uuid().nullable(),
});
export type PlanDecision = z.infer<typeof PlanDecisionSchema>;

/** A decision in one line, for the overview. */
export const DecisionBriefSchema = PlanDecisionSchema.pick({
  id: true,
  subject: true,
  outcome: true,
  amountCents: true,
  decidedOn: true,
});
export type DecisionBrief = z.infer<typeof DecisionBriefSchema>;

export const PlanCommentSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  by: z.string().nullable(),
  /** The writer's role when writing: the thread shows who speaks for the committee and who for the IKC. */
  role: RoleSchema,
  /** Local time in the Netherlands, `YYYY-MM-DDTHH:MM:SS`. */
  at: z.string(),
});
export type PlanComment = z.infer<typeof PlanCommentSchema>;

/** The committee's response to the plan. */
export const PlanCommitteeSchema = z.object({
  /** Newest first: the first is in force, the ones it replaced stay as history. */
  decisions: z.array(PlanDecisionSchema),
  /** Oldest first: one thread per plan. */
  comments: z.array(PlanCommentSchema),
  /** Whether the user may record a decision (municipality, admin) and write in the thread. */
  mayDecide: z.boolean(),
  mayComment: z.boolean(),
});
export type PlanCommittee = z.infer<typeof PlanCommitteeSchema>;

export const PlanSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  round: RoundRef,
  location: z.object({ id: z.uuid(), name: z.string() }),
  ikc: z.object({ id: z.uuid(), name: z.string() }),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  libraryVersion: z.number().int().positive(),
  tenMinuteRoundsStay: TenMinuteRoundsSchema.nullable(),
  tenMinuteFact: TenMinuteFactSchema.nullable(),
  goals: z.array(PlanGoalSchema),
  /** Every criterion of the report, with suggestions for its current level: to choose goals from. */
  criteria: z.array(CriterionChoiceSchema),
  warnings: z.array(PlanWarningSchema),
  overdue: z.array(OverdueActionSchema),
  updates: z.array(PlanUpdateSchema),
  /** The latest closed or reported round after the plan's round, whose comparison gives `progress`. */
  followUp: RoundRef.nullable(),
  /** Whether the user may change the plan. */
  editable: z.boolean(),
  /** The municipality's IKC committee: its decisions and the thread with the IKC team. */
  committee: PlanCommitteeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PlanStatusSchema = z.object({
  goals: z.number().int().nonnegative(),
  actionsDone: z.number().int().nonnegative(),
  actionsTotal: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
});
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

export const PlanSummarySchema = PlanStatusSchema.extend({
  id: z.uuid(),
  title: z.string(),
  roundId: z.uuid(),
  roundOpensOn: IsoDateSchema,
  location: z.object({ id: z.uuid(), name: z.string() }),
  ikc: z.object({ id: z.uuid(), name: z.string() }),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const PlanListSchema = z.object({ items: z.array(PlanSummarySchema) });

/** `GET /api/plans/by-round/:roundId`: the plan started from the round, or null with whether one may start. */
export const PlanForRoundSchema = z.object({
  plan: PlanSchema.nullable(),
  /** Why no plan can start here yet (round not closed, no right to write), or null. */
  cannotStart: z.string().nullable(),
});
export type PlanForRound = z.infer<typeof PlanForRoundSchema>;

export const PlanListQuerySchema = z.object({
  locationId: z.uuid({ message: 'geen geldig id' }).optional(),
  ikcId: z.uuid({ message: 'geen geldig id' }).optional(),
  organisationId: z.uuid({ message: 'geen geldig id' }).optional(),
});
export const PdfAvailableSchema = z.object({ available: z.boolean() });

/** Plans of action: started from a round's report, worked on by the IKC team, read by the committee. */
export const plansApi = {
  list: endpoint({ method: 'GET', path: '/api/plans', query: PlanListQuerySchema, answer: PlanListSchema }),
  forRound: endpoint({ method: 'GET', path: '/api/plans/by-round/:roundId', answer: PlanForRoundSchema }),
  create: endpoint({ method: 'POST', path: '/api/plans', body: CreatePlanSchema, answer: PlanSchema }),
  get: endpoint({ method: 'GET', path: '/api/plans/:planId', answer: PlanSchema }),
  update: endpoint({ method: 'PATCH', path: '/api/plans/:planId', body: UpdatePlanSchema, answer: PlanSchema }),
  addGoal: endpoint({ method: 'POST', path: '/api/plans/:planId/goals', body: GoalInputSchema, answer: PlanSchema }),
  updateGoal: endpoint({
    method: 'PATCH',
    path: '/api/plans/:planId/goals/:goalId',
    body: GoalPatchSchema,
    answer: PlanSchema,
  }),
  removeGoal: endpoint({ method: 'DELETE', path: '/api/plans/:planId/goals/:goalId', answer: PlanSchema }),
  addAction: endpoint({
    method: 'POST',
    path: '/api/plans/:planId/goals/:goalId/actions',
    body: ActionInputSchema,
    answer: PlanSchema,
  }),
  updateAction: endpoint({
    method: 'PATCH',
    path: '/api/plans/:planId/actions/:actionId',
    body: ActionPatchSchema,
    answer: PlanSchema,
  }),
  removeAction: endpoint({ method: 'DELETE', path: '/api/plans/:planId/actions/:actionId', answer: PlanSchema }),
  changeStatus: endpoint({
    method: 'POST',
    path: '/api/plans/:planId/actions/:actionId/status',
    body: StatusChangeSchema,
    answer: PlanSchema,
  }),
  html: endpoint({ method: 'GET', path: '/api/plans/:planId/html', answer: 'file' }),
  pdfAvailable: endpoint({ method: 'GET', path: '/api/plans/:planId/pdf-available', answer: PdfAvailableSchema }),
  pdf: endpoint({ method: 'GET', path: '/api/plans/:planId/plan.pdf', answer: 'file' }),
  docx: endpoint({ method: 'GET', path: '/api/plans/:planId/plan.docx', answer: 'file' }),
  decide: endpoint({
    method: 'POST',
    path: '/api/plans/:planId/decisions',
    body: DecisionInputSchema,
    answer: PlanSchema,
  }),
  comment: endpoint({
    method: 'POST',
    path: '/api/plans/:planId/comments',
    body: CommentInputSchema,
    answer: PlanSchema,
  }),
};
