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

/** Scan rounds: created with pinned versions, scheduled, opened, closed and reported. */
export const roundsApi = {
  list: endpoint({ method: 'GET', path: '/api/rounds', query: RoundListQuerySchema, answer: RoundPageSchema }),
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
};
