import { z } from 'zod';
import { IsoDateSchema } from '../common';
import { AnswersSchema } from '../responses';

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

export const OpenAnswerSchema = z.object({
  responseId: z.uuid(),
  audience: z.string(),
  question: z.string(),
  /** The question as respondents read it, in Dutch. */
  title: z.string(),
  text: z.string(),
  decision: z.enum(['pending', 'shareable', 'hidden']),
  redacted: z.string().nullable(),
});
export type OpenAnswer = z.infer<typeof OpenAnswerSchema>;

export const ReviewOpenAnswerSchema = z.object({
  responseId: z.uuid(),
  question: z.string().min(1),
  decision: z.enum(['shareable', 'hidden']),
  redacted: z.string().max(4000, 'hoogstens 4000 tekens').nullable().default(null),
});
