import { z } from 'zod';
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

/** Mystery-guest visits of a round. */
export const visitsApi = {
  list: endpoint({ method: 'GET', path: '/api/visits', query: VisitListQuerySchema, answer: VisitListSchema }),
  save: endpoint({ method: 'PUT', path: '/api/visits/:id', body: SaveVisitSchema, answer: VisitSchema }),
  remove: endpoint({ method: 'DELETE', path: '/api/visits/:id', answer: 'none' }),
};
