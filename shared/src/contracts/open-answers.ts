import { z } from 'zod';
import { endpoint } from './endpoint';

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

export const OpenAnswerListSchema = z.object({ items: z.array(OpenAnswerSchema) });

/** The researcher's review of open answers: only what they mark shareable is shown to anyone else. */
export const openAnswersApi = {
  list: endpoint({ method: 'GET', path: '/api/open-answers/:roundId', answer: OpenAnswerListSchema }),
  review: endpoint({ method: 'PUT', path: '/api/open-answers/:roundId', body: ReviewOpenAnswerSchema, answer: 'none' }),
};
