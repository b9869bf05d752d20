import { z } from 'zod';
import { AudienceSchema, IsoDateSchema, LocaleSchema } from './common';
import { endpoint } from './endpoint';
import { RoundStatusSchema } from './rounds';

/** Why the researcher excludes (or includes again): written down, audited, shown to researchers only. */
export const ExclusionReasonSchema = z
  .string()
  .trim()
  .min(3, 'schrijf in een paar woorden waarom')
  .max(500, 'hoogstens 500 tekens');

export const ExcludeInputSchema = z.object({
  responseIds: z
    .array(z.uuid({ message: 'geen geldig antwoord-id' }))
    .min(1, 'kies minstens één antwoord')
    .max(1000),
  reason: ExclusionReasonSchema,
});
export type ExcludeInput = z.infer<typeof ExcludeInputSchema>;

export const ExcludeBurstInputSchema = z.object({ reason: ExclusionReasonSchema });

/** One response of a round as the researcher judges it: facts about it, never its answers. */
export const ReviewedResponseSchema = z.object({
  id: z.uuid(),
  audience: AudienceSchema,
  status: z.enum(['partial', 'complete']),
  receivedOn: IsoDateSchema,
  locale: LocaleSchema,
  /** How many questions it answered. */
  answered: z.number().int().nonnegative(),
  /** How many other responses of the round and audience gave exactly the same answers. */
  sameAnswers: z.number().int().nonnegative(),
  /** The burst it arrived in (an opaque id), when the monitor flagged its minute. */
  burst: z.uuid().nullable(),
  excluded: z.object({ reason: z.string(), on: IsoDateSchema, by: z.string().nullable() }).nullable(),
});
export type ReviewedResponse = z.infer<typeof ReviewedResponseSchema>;

/** Responses that arrived together on one link in a minute the monitor flagged; when is not stored. */
export const BurstSchema = z.object({
  id: z.uuid(),
  audience: AudienceSchema,
  responses: z.number().int().nonnegative(),
  complete: z.number().int().nonnegative(),
  excluded: z.number().int().nonnegative(),
});
export type Burst = z.infer<typeof BurstSchema>;

/** `GET /api/exclusions/:roundId`: the round's responses with what marks them, bursts, and what excluding does now. */
export const ResponseReviewSchema = z.object({
  roundId: z.uuid(),
  status: RoundStatusSchema,
  /** The version of the publication in force; excluding then changes the draft only (decision 0009). */
  publishedVersion: z.number().int().positive().nullable(),
  minGroupSize: z.number().int().positive(),
  /** The raw data is gone (retention or request): nothing is listed, nothing can be excluded. */
  rawDataDeletedOn: IsoDateSchema.nullable(),
  bursts: z.array(BurstSchema),
  responses: z.array(ReviewedResponseSchema),
});
export type ResponseReview = z.infer<typeof ResponseReviewSchema>;

/** The researcher's exclusion of suspicious responses from scoring (issue 22.3, decision 0015). */
export const exclusionsApi = {
  list: endpoint({ method: 'GET', path: '/api/exclusions/:roundId', answer: ResponseReviewSchema }),
  exclude: endpoint({
    method: 'POST',
    path: '/api/exclusions/:roundId/exclude',
    body: ExcludeInputSchema,
    answer: ResponseReviewSchema,
  }),
  include: endpoint({
    method: 'POST',
    path: '/api/exclusions/:roundId/include',
    body: ExcludeInputSchema,
    answer: ResponseReviewSchema,
  }),
  excludeBurst: endpoint({
    method: 'POST',
    path: '/api/exclusions/:roundId/bursts/:burstId/exclude',
    body: ExcludeBurstInputSchema,
    answer: ResponseReviewSchema,
  }),
};
