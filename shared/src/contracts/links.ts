import { z } from 'zod';
import { AudienceSchema, IsoDateSchema, LinkIdSchema, LocaleSchema } from './common';
import { endpoint } from './endpoint';

/** What `GET /api/links/:linkId` answers for an open link: everything the respondent app needs. */
export const LinkViewSchema = z.object({
  linkId: LinkIdSchema,
  audience: AudienceSchema,
  instrument: z.object({ key: z.string(), version: z.number().int().positive() }),
  /** Locales the pinned questionnaire version offers; Dutch first. */
  locales: z.array(LocaleSchema).min(1),
  /** The SurveyJS JSON of the pinned version. */
  survey: z.record(z.string(), z.unknown()),
  /** Minutes the landing page states: the same figure as the letters and posters (the longest route). */
  minutes: z.number().int().positive(),
  organisation: z.string(),
  ikc: z.string(),
  location: z.string(),
  round: z.object({
    opensOn: IsoDateSchema,
    closesOn: IsoDateSchema,
  }),
  /**
   * Set when the round has closed but people who were answering may still finish until this ISO instant: the
   * client continues a draft it has, and shows the closed page otherwise.
   */
  graceUntil: z.string().optional(),
  /** The round hands out single-use codes: a respondent needs one to answer. */
  requiresCode: z.boolean(),
  /** The organisation's privacy statement, relative to the site (`/privacy/<id>`): the landing page links it. */
  privacyPath: z.string().optional(),
});
export type LinkView = z.infer<typeof LinkViewSchema>;

/** What `GET /api/links/:linkId/codes/:code` answers: a fresh start, or the answers saved with the code elsewhere. */
export const CodeResumeSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('new') }),
  z.object({
    state: z.literal('in_progress'),
    responseId: z.uuid(),
    answers: z.record(z.string(), z.unknown()),
    locale: z.string(),
  }),
]);
export type CodeResume = z.infer<typeof CodeResumeSchema>;

/** What a respondent's app reads: the link with its questionnaire, and a code's saved answers. */
export const linksApi = {
  view: endpoint({ method: 'GET', path: '/api/links/:linkId', answer: LinkViewSchema }),
  resumeCode: endpoint({ method: 'GET', path: '/api/links/:linkId/codes/:code', answer: CodeResumeSchema }),
};
