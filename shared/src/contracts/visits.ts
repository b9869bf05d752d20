import { z } from 'zod';
import { KappaSchema } from '../scoring/report-schema';
import { IsoDateSchema } from './common';
import { endpoint } from './endpoint';
import { AnswersSchema } from './responses';

/** `PUT /api/visits/:visitId` — the client chooses the id so a visit syncs exactly once, like a response. */
export const SaveVisitSchema = z.object({
  roundId: z.uuid(),
  instrument: z.object({
    key: z.string().regex(/^mg-[a-z-]+$/, 'kies een formulier van de mystery guest'),
    version: z.number().int().positive(),
  }),
  visitedOn: IsoDateSchema,
  answers: AnswersSchema,
});
export type SaveVisit = z.infer<typeof SaveVisitSchema>;

export const VisitSchema = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  instrument: z.object({ key: z.string(), version: z.number().int() }),
  visitedOn: IsoDateSchema,
  answers: z.record(z.string(), z.unknown()),
  recordedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof VisitSchema>;

export const VisitListSchema = z.object({ items: z.array(VisitSchema) });
export const VisitListQuerySchema = z.object({ roundId: z.uuid({ message: 'geen geldig id' }) });

/**
 * One visit coded by two (or more) raters: same form version, same visit code (`mg_visit_code`). It counts as one
 * visit; the researcher settles the ticks the codings disagree on (`reviewDoubleCodings` in shared/src/scoring).
 */
export const DoubleCodingSchema = z.object({
  instrument: z.object({ key: z.string(), version: z.number().int() }),
  /** The pairing code as scoring reads it: trimmed, upper case. */
  visitCode: z.string(),
  /** The codings in the order they were first stored. */
  codings: z.array(
    z.object({
      visitId: z.uuid(),
      rater: z.string().nullable(),
      recordedBy: z.string().nullable(),
      visitedOn: IsoDateSchema,
    }),
  ),
  /** Cohen's kappa over the ticks the codings both answered yes, partly or no; the model's minimum beside it. */
  kappa: KappaSchema,
  kappaMin: z.number(),
  /** Per tick the codings answered differently: each coding's stored option value and the decision, if any. */
  disagreements: z.array(
    z.object({ item: z.string(), answers: z.array(z.string().nullable()), decision: z.string().nullable() }),
  ),
  /** agreed: nothing to settle; open: not settled; settled: the decisions score; changed: settle again. */
  state: z.enum(['agreed', 'open', 'settled', 'changed']),
  settledBy: z.string().nullable(),
  settledAt: z.string().nullable(),
});
export type DoubleCoding = z.infer<typeof DoubleCodingSchema>;
export const DoubleCodingListSchema = z.object({ items: z.array(DoubleCodingSchema) });

/** `POST /api/visits/settlements`: the researcher's decision on every tick the codings of one visit disagree on. */
export const SettleCodingSchema = z.object({
  roundId: z.uuid(),
  instrumentKey: z.string().regex(/^mg-[a-z-]+$/, 'kies een formulier van de mystery guest'),
  visitCode: z.string().trim().min(1, 'vul de bezoekcode in').max(40),
  answers: AnswersSchema,
});
export type SettleCoding = z.infer<typeof SettleCodingSchema>;

/** Mystery-guest visits of a round. */
export const visitsApi = {
  list: endpoint({ method: 'GET', path: '/api/visits', query: VisitListQuerySchema, answer: VisitListSchema }),
  save: endpoint({ method: 'PUT', path: '/api/visits/:id', body: SaveVisitSchema, answer: VisitSchema }),
  remove: endpoint({ method: 'DELETE', path: '/api/visits/:id', answer: 'none' }),
  doubleCodings: endpoint({
    method: 'GET',
    path: '/api/visits/double-codings',
    query: VisitListQuerySchema,
    answer: DoubleCodingListSchema,
  }),
  settle: endpoint({
    method: 'POST',
    path: '/api/visits/settlements',
    body: SettleCodingSchema,
    answer: DoubleCodingSchema,
  }),
};
