import { z } from 'zod';
import { IsoDateSchema } from './common';
import { endpoint } from './endpoint';
import { RoundKindSchema, RoundStatusSchema } from './rounds';

/** Days after a round's first publication until its raw data is deleted; null: not set, nothing goes automatically. */
export const RetentionDaysSchema = z
  .number({ message: 'vul een aantal dagen in' })
  .int('hele dagen')
  .min(0, 'niet minder dan 0 dagen')
  .max(3650, 'hoogstens 3650 dagen (10 jaar)')
  .nullable();

export const RetentionInputSchema = z.object({ days: RetentionDaysSchema });
export type RetentionInput = z.infer<typeof RetentionInputSchema>;

/** `?days=` on the schedule: what the schedule would be with another period, before saving it. */
export const RetentionPreviewQuerySchema = z.object({
  days: z
    .string()
    .regex(/^\d{1,4}$/, 'hele dagen, 0 tot en met 3650')
    .transform(Number)
    .pipe(z.number().max(3650, 'hoogstens 3650 dagen'))
    .optional(),
});

/**
 * Where a round stands in the retention schedule:
 * - `deleted`: its raw data is gone (on `deletedOn`);
 * - `due`: the period has passed: the next run of the retention job (within a minute) deletes it;
 * - `scheduled`: deleted on `dueOn`;
 * - `unpublished`: no publication in force; kept until the report is published (or the data deleted on request);
 * - `no-period`: the organisation has no retention period.
 */
export const RetentionStateSchema = z.enum(['deleted', 'due', 'scheduled', 'unpublished', 'no-period']);
export type RetentionState = z.infer<typeof RetentionStateSchema>;

/** What raw data a round holds now, and so what its deletion takes away. */
export const RawDataCountsSchema = z.object({
  responses: z.number().int().nonnegative(),
  visits: z.number().int().nonnegative(),
  codes: z.number().int().nonnegative(),
});
export type RawDataCounts = z.infer<typeof RawDataCountsSchema>;

export const RetentionRoundSchema = z.object({
  roundId: z.uuid(),
  location: z.string(),
  ikc: z.string(),
  name: z.string().nullable(),
  kind: RoundKindSchema,
  status: RoundStatusSchema,
  opensOn: IsoDateSchema,
  /** The day its report was first published (Dutch date); null: never. */
  firstPublishedOn: IsoDateSchema.nullable(),
  state: RetentionStateSchema,
  /** When its raw data goes (scheduled, due) or went (deleted); null otherwise. */
  dueOn: IsoDateSchema.nullable(),
  deletedOn: IsoDateSchema.nullable(),
  holds: RawDataCountsSchema,
});
export type RetentionRound = z.infer<typeof RetentionRoundSchema>;

/** `GET/PUT /api/lifecycle/organisations/:id/retention`: the period and what it deletes when, round by round. */
export const RetentionScheduleSchema = z.object({
  organisationId: z.uuid(),
  organisation: z.string(),
  /** The period saved for the organisation. */
  days: RetentionDaysSchema,
  /** The period the schedule below was computed with: `days`, or the `?days=` asked for. */
  previewDays: RetentionDaysSchema,
  today: IsoDateSchema,
  rounds: z.array(RetentionRoundSchema),
});
export type RetentionSchedule = z.infer<typeof RetentionScheduleSchema>;

/**
 * Why data is deleted on request: a fixed list, so the audit entry holds no free text (and so no name of a parent,
 * child or professional, decision 0015).
 */
export const DeletionReasonSchema = z.enum(
  ['controller_request', 'data_subject_request', 'contract_ended', 'created_by_mistake'],
  { message: 'kies een reden' },
);
export type DeletionReason = z.infer<typeof DeletionReasonSchema>;

export const DeletionInputSchema = z.object({
  /** The name of the organisation or location, typed by hand (for a round: its location's name). */
  confirm: z.string().trim().min(1, 'typ de naam om te bevestigen').max(200, 'hoogstens 200 tekens'),
  reason: DeletionReasonSchema,
});
export type DeletionInput = z.infer<typeof DeletionInputSchema>;

export const DeletionKindSchema = z.enum(['round', 'location', 'organisation']);
export type DeletionKind = z.infer<typeof DeletionKindSchema>;

/** How many rows of each kind a deletion takes (or took) away. */
export const DeletionCountsSchema = z.object({
  ikcs: z.number().int().nonnegative(),
  locations: z.number().int().nonnegative(),
  rounds: z.number().int().nonnegative(),
  responses: z.number().int().nonnegative(),
  visits: z.number().int().nonnegative(),
  publications: z.number().int().nonnegative(),
  plans: z.number().int().nonnegative(),
});
export type DeletionCounts = z.infer<typeof DeletionCountsSchema>;

/** `GET /api/lifecycle/{rounds,locations,organisations}/:id/deletion`: what a deletion would take, before it is done. */
export const DeletionPreviewSchema = z.object({
  kind: DeletionKindSchema,
  id: z.uuid(),
  /** What to type to confirm. */
  confirmName: z.string(),
  /** "Nulmeting 2026 van Locatie Noord": what is deleted, in words. */
  title: z.string(),
  counts: DeletionCountsSchema,
  /**
   * Publications elsewhere that show data of what is deleted (a follow-up's comparison, an IKC report): they are
   * withdrawn and emptied in the same transaction. In words, one a line.
   */
  withdraws: z.array(z.string()),
});
export type DeletionPreview = z.infer<typeof DeletionPreviewSchema>;

export const DeletionResultSchema = z.object({
  kind: DeletionKindSchema,
  id: z.uuid(),
  counts: DeletionCountsSchema,
  withdrawn: z.number().int().nonnegative(),
});
export type DeletionResult = z.infer<typeof DeletionResultSchema>;

/** Retention per organisation, and deleting a round's, a location's or an organisation's data on request. */
export const lifecycleApi = {
  retention: endpoint({
    method: 'GET',
    path: '/api/lifecycle/organisations/:id/retention',
    query: RetentionPreviewQuerySchema,
    answer: RetentionScheduleSchema,
  }),
  setRetention: endpoint({
    method: 'PUT',
    path: '/api/lifecycle/organisations/:id/retention',
    body: RetentionInputSchema,
    answer: RetentionScheduleSchema,
  }),
  roundDeletion: endpoint({
    method: 'GET',
    path: '/api/lifecycle/rounds/:id/deletion',
    answer: DeletionPreviewSchema,
  }),
  deleteRound: endpoint({
    method: 'POST',
    path: '/api/lifecycle/rounds/:id/delete',
    body: DeletionInputSchema,
    answer: DeletionResultSchema,
  }),
  locationDeletion: endpoint({
    method: 'GET',
    path: '/api/lifecycle/locations/:id/deletion',
    answer: DeletionPreviewSchema,
  }),
  deleteLocation: endpoint({
    method: 'POST',
    path: '/api/lifecycle/locations/:id/delete',
    body: DeletionInputSchema,
    answer: DeletionResultSchema,
  }),
  organisationDeletion: endpoint({
    method: 'GET',
    path: '/api/lifecycle/organisations/:id/deletion',
    answer: DeletionPreviewSchema,
  }),
  deleteOrganisation: endpoint({
    method: 'POST',
    path: '/api/lifecycle/organisations/:id/delete',
    body: DeletionInputSchema,
    answer: DeletionResultSchema,
  }),
};
