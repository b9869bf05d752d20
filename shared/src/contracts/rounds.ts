import { z } from 'zod';
import { AudienceSchema, IsoDateSchema, LinkIdSchema } from './common';
import { endpoint } from './endpoint';
import { ListQuerySchema, pageOf } from './paging';

export const RoundStatusSchema = z.enum(['draft', 'open', 'closed', 'reported']);
export const RoundKindSchema = z.enum(['baseline', 'follow_up']);

export const RoundInputSchema = z
  .object({
    locationId: z.uuid({ message: 'kies een locatie' }),
    kind: RoundKindSchema,
    name: z.string().trim().max(100, 'hoogstens 100 tekens').nullable().default(null),
    opensOn: IsoDateSchema,
    closesOn: IsoDateSchema,
    singleUseCodes: z.boolean().default(false),
    /** Published questionnaire version per audience; an audience left out gets no link. */
    instruments: z
      .partialRecord(AudienceSchema, z.object({ key: z.string(), version: z.number().int().positive() }))
      .refine((r) => Object.keys(r).length > 0, 'kies minstens één vragenlijst'),
  })
  .refine((r) => r.closesOn >= r.opensOn, { message: 'sluitdatum ligt voor de openingsdatum', path: ['closesOn'] });
export type RoundInput = z.infer<typeof RoundInputSchema>;

export const RoundDatesSchema = z
  .object({ opensOn: IsoDateSchema, closesOn: IsoDateSchema })
  .refine((r) => r.closesOn >= r.opensOn, { message: 'sluitdatum ligt voor de openingsdatum', path: ['closesOn'] });

export const RoundTransitionSchema = z.object({ to: RoundStatusSchema });

export const RoundLinkSchema = z.object({
  audience: AudienceSchema,
  linkId: LinkIdSchema,
  instrument: z.object({ key: z.string(), version: z.number().int() }),
});

export const RoundSchema = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  location: z.string(),
  ikc: z.string(),
  organisation: z.string(),
  kind: RoundKindSchema,
  name: z.string().nullable(),
  status: RoundStatusSchema,
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
  singleUseCodes: z.boolean(),
  links: z.array(RoundLinkSchema),
});
export type Round = z.infer<typeof RoundSchema>;

export const RoundMonitorSchema = z.object({
  roundId: z.uuid(),
  audiences: z.array(
    z.object({
      audience: AudienceSchema,
      /** Null for IKC and municipality users when fewer than the model's minimum group completed. */
      partial: z.number().int().nullable(),
      complete: z.number().int().nullable(),
      /** Complete responses over the location's denominator; null without a denominator. */
      responseRate: z.number().nullable(),
      denominator: z.number().int().nullable(),
      /** Researchers and admins only: a day's count can single out a respondent. */
      perDay: z.array(z.object({ date: IsoDateSchema, complete: z.number().int(), partial: z.number().int() })),
      /** Traffic that looks like ballot stuffing, in Dutch, for the researcher to look into. */
      flags: z.array(z.string()),
    }),
  ),
});
export type RoundMonitor = z.infer<typeof RoundMonitorSchema>;

export const RoundPageSchema = pageOf(RoundSchema);
export const RoundListQuerySchema = ListQuerySchema.omit({ archived: true }).extend({
  locationId: z.uuid({ message: 'geen geldig id' }).optional(),
  status: RoundStatusSchema.optional(),
});

/** Published questionnaire version per audience; an audience left out gets no link. */
const InstrumentPinsSchema = z
  .partialRecord(AudienceSchema, z.object({ key: z.string(), version: z.number().int().positive() }))
  .refine((r) => Object.keys(r).length > 0, 'kies minstens één vragenlijst');

/** A baseline round for every location of an IKC or of an organisation, with the same dates and versions. */
export const BulkBaselineInputSchema = z
  .object({
    ikcId: z.uuid({ message: 'geen geldig id' }).optional(),
    organisationId: z.uuid({ message: 'geen geldig id' }).optional(),
    name: z.string().trim().max(100, 'hoogstens 100 tekens').nullable().default(null),
    opensOn: IsoDateSchema,
    closesOn: IsoDateSchema,
    singleUseCodes: z.boolean().default(false),
    instruments: InstrumentPinsSchema,
  })
  .refine((r) => (r.ikcId === undefined) !== (r.organisationId === undefined), {
    message: 'kies een IKC of een organisatie',
    path: ['ikcId'],
  })
  .refine((r) => r.closesOn >= r.opensOn, { message: 'sluitdatum ligt voor de openingsdatum', path: ['closesOn'] });
export type BulkBaselineInput = z.infer<typeof BulkBaselineInputSchema>;

export const BulkScopeQuerySchema = z
  .object({
    ikcId: z.uuid({ message: 'geen geldig id' }).optional(),
    organisationId: z.uuid({ message: 'geen geldig id' }).optional(),
  })
  .refine((r) => (r.ikcId === undefined) !== (r.organisationId === undefined), {
    message: 'kies een IKC of een organisatie',
    path: ['ikcId'],
  });

/** A round named in a list: enough to link to it and say what it is. */
export const RoundRefSchema = z.object({
  id: z.uuid(),
  kind: RoundKindSchema,
  name: z.string().nullable(),
  status: RoundStatusSchema,
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
});
export type RoundRef = z.infer<typeof RoundRefSchema>;

/** The locations a bulk baseline would cover, each with the round it already runs (then it is skipped). */
export const BulkPlanSchema = z.object({
  scope: z.object({ type: z.enum(['ikc', 'organisation']), id: z.uuid(), name: z.string() }),
  locations: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      ikc: z.string(),
      hasSchool: z.boolean(),
      /** A round in preparation or open: a bulk baseline skips the location rather than add a second one. */
      running: RoundRefSchema.nullable(),
    }),
  ),
});
export type BulkPlan = z.infer<typeof BulkPlanSchema>;

export const BulkResultSchema = z.object({
  created: z.array(z.object({ roundId: z.uuid(), locationId: z.uuid(), location: z.string(), ikc: z.string() })),
  skipped: z.array(z.object({ locationId: z.uuid(), location: z.string(), ikc: z.string(), reason: z.string() })),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;

/**
 * A round's place in a series: the round it is compared with, the follow-ups made from it, and what a new
 * follow-up from it would get (its audiences and code setting, and per audience the newest published version).
 */
export const RoundSeriesSchema = z.object({
  comparedWith: RoundRefSchema.nullable(),
  followUps: z.array(RoundRefSchema),
  proposal: z.object({
    singleUseCodes: z.boolean(),
    /** A follow-up opens after this round closes. */
    opensAfter: IsoDateSchema,
    audiences: z.array(
      z.object({
        audience: AudienceSchema,
        pinned: z.object({ key: z.string(), version: z.number().int() }),
        offered: z.object({ key: z.string(), version: z.number().int() }),
      }),
    ),
  }),
});
export type RoundSeries = z.infer<typeof RoundSeriesSchema>;

/** A follow-up: kind, audiences and code setting come from the round it follows; the versions may be newer. */
export const FollowUpInputSchema = z
  .object({
    name: z.string().trim().max(100, 'hoogstens 100 tekens').nullable().default(null),
    opensOn: IsoDateSchema,
    closesOn: IsoDateSchema,
    instruments: InstrumentPinsSchema,
  })
  .refine((r) => r.closesOn >= r.opensOn, { message: 'sluitdatum ligt voor de openingsdatum', path: ['closesOn'] });
export type FollowUpInput = z.infer<typeof FollowUpInputSchema>;

/** A round on the researcher's list of work: where it is and what is waiting there. */
export const WorkItemSchema = RoundRefSchema.extend({
  location: z.string(),
  ikc: z.string(),
  /** Open answers in complete responses that nobody reviewed yet. */
  pendingOpenAnswers: z.number().int().nonnegative(),
});
export type WorkItem = z.infer<typeof WorkItemSchema>;

/** What needs doing, for the researcher's home page; each list at most 50 rounds, the most urgent first. */
export const WorklistSchema = z.object({
  /** Open rounds that close within `closingWithinDays` days (or closed on their date but are still open). */
  closingSoon: z.array(WorkItemSchema),
  closingWithinDays: z.number().int(),
  /** Open or closed rounds with open answers to review. */
  openAnswers: z.array(WorkItemSchema),
  /** Closed rounds whose report is not published yet. */
  toPublish: z.array(WorkItemSchema),
});
export type Worklist = z.infer<typeof WorklistSchema>;

/** Scan rounds: created with pinned versions, scheduled, opened, closed and reported. */
export const roundsApi = {
  list: endpoint({ method: 'GET', path: '/api/rounds', query: RoundListQuerySchema, answer: RoundPageSchema }),
  /** Issue 19: the researcher's home page (server/src/features/rounds/worklist.ts). */
  worklist: endpoint({ method: 'GET', path: '/api/rounds/worklist', answer: WorklistSchema }),
  get: endpoint({ method: 'GET', path: '/api/rounds/:id', answer: RoundSchema }),
  monitor: endpoint({ method: 'GET', path: '/api/rounds/:id/monitor', answer: RoundMonitorSchema }),
  create: endpoint({ method: 'POST', path: '/api/rounds', body: RoundInputSchema, answer: RoundSchema }),
  setDates: endpoint({ method: 'PATCH', path: '/api/rounds/:id/dates', body: RoundDatesSchema, answer: RoundSchema }),
  transition: endpoint({
    method: 'POST',
    path: '/api/rounds/:id/transition',
    body: RoundTransitionSchema,
    answer: RoundSchema,
  }),
  /** Issue 21: baselines in bulk, follow-ups from a round (server/src/features/rounds/bulk-routes.ts). */
  bulkPlan: endpoint({
    method: 'GET',
    path: '/api/rounds/bulk/plan',
    query: BulkScopeQuerySchema,
    answer: BulkPlanSchema,
  }),
  createBulk: endpoint({
    method: 'POST',
    path: '/api/rounds/bulk',
    body: BulkBaselineInputSchema,
    answer: BulkResultSchema,
  }),
  series: endpoint({ method: 'GET', path: '/api/rounds/:id/series', answer: RoundSeriesSchema }),
  createFollowUp: endpoint({
    method: 'POST',
    path: '/api/rounds/:id/follow-up',
    body: FollowUpInputSchema,
    answer: RoundSchema,
  }),
};
