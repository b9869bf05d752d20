import { z } from 'zod';
import { LinkIdSchema, LocaleSchema } from './common';
import { endpoint } from './endpoint';

const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'];

const isPlainRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/**
 * A questionnaire's answers: question name to value, as SurveyJS produces them. Checked in place, not copied: the
 * values are checked against the pinned questionnaire afterwards (findAnswerProblem), and copying every answer of
 * every submission was a twentieth of a submission's CPU. Keys that would reach an object's prototype are refused:
 * code that later copies the answers would silently drop such an answer (or pollute the copy) instead of naming it
 * as an unknown question.
 */
export const AnswersSchema = z
  .custom<Record<string, unknown>>(isPlainRecord, { message: 'verwacht de antwoorden als object (vraag: antwoord)' })
  .superRefine((raw, ctx) => {
    if (!isPlainRecord(raw)) return;
    for (const key of RESERVED_KEYS) {
      if (Object.hasOwn(raw, key))
        ctx.addIssue({ code: 'custom', path: [key], message: 'deze vraag bestaat niet in deze vragenlijst' });
    }
  });
export type Answers = z.infer<typeof AnswersSchema>;

/**
 * Body of `PUT /api/responses/:responseId`. The client chooses the response id (a UUID) so every save is
 * idempotent: a retry after a lost reply stores nothing new.
 */
export const SaveResponseSchema = z.object({
  linkId: LinkIdSchema,
  locale: LocaleSchema,
  answers: AnswersSchema,
  complete: z.boolean(),
  /** The single-use code, when the round uses them. */
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z2-9]{8}$/, 'een code heeft 8 letters en cijfers')
    .optional(),
});
export type SaveResponse = z.infer<typeof SaveResponseSchema>;

export const ResponseIdSchema = z.uuid({ message: 'verwacht een UUID' });

export const ResponseStatusSchema = z.enum(['partial', 'complete']);
export type ResponseStatus = z.infer<typeof ResponseStatusSchema>;

/** Reply to a save. `status` is what the server holds after the call. */
export const SaveResponseResultSchema = z.object({
  responseId: ResponseIdSchema,
  status: ResponseStatusSchema,
  /** False when the response was already complete: nothing was changed. */
  changed: z.boolean(),
});
export type SaveResponseResult = z.infer<typeof SaveResponseResultSchema>;

/** A respondent's answers, saved as often as the app likes under one client-chosen id. */
export const responsesApi = {
  save: endpoint({
    method: 'PUT',
    path: '/api/responses/:responseId',
    body: SaveResponseSchema,
    answer: SaveResponseResultSchema,
  }),
};
