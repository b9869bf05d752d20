import { z } from 'zod';
import { LocaleSchema } from './common';
import { endpoint } from './endpoint';

/** The public address of a round's summaries; one per round at a time, renewing it ends the old one. */
export const SummaryLinkSchema = z.object({
  /** The parents' summary; the page chooses the reader's language and offers the others. */
  url: z.string(),
  /** The children's class poster at the same link. */
  childrenUrl: z.string(),
  /** Dutch local time, `YYYY-MM-DDTHH:MM`. */
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type SummaryLink = z.infer<typeof SummaryLinkSchema>;

/**
 * `GET /api/summaries/:roundId`: whether the round's summaries exist (only from a publication in force), their
 * public link, and what they will say where that depends on the data.
 */
export const SummaryStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('unpublished') }),
  z.object({
    state: z.literal('published'),
    publication: z.object({ version: z.number().int().positive(), publishedAt: z.string() }),
    /** Null until a link is made (reports published before summaries existed) or after it was withdrawn. */
    link: SummaryLinkSchema.nullable(),
    locales: z.array(LocaleSchema),
    /** What the children's summary says: their levels, too few answers, or no children's questionnaire. */
    children: z.enum(['shown', 'too-few', 'none']),
    /** Where "what the IKC will work on" comes from. */
    workOn: z.enum(['plan', 'report', 'none']),
    /** Whether the user may make, renew or withdraw the link. */
    canManageLink: z.boolean(),
  }),
]);
export type SummaryStatus = z.infer<typeof SummaryStatusSchema>;

/** Summaries of a published report for parents (six languages, a letter) and children (a class poster). */
export const summariesApi = {
  get: endpoint({ method: 'GET', path: '/api/summaries/:roundId', answer: SummaryStatusSchema }),
  /** The parents' page as the public link shows it, in one language. */
  parentsHtml: endpoint({ method: 'GET', path: '/api/summaries/:roundId/parents/:locale', answer: 'file' }),
  /** The parents' letter: one A4 page with the QR code of the public link. */
  parentsPdf: endpoint({ method: 'GET', path: '/api/summaries/:roundId/parents/:locale/pdf', answer: 'file' }),
  childrenHtml: endpoint({ method: 'GET', path: '/api/summaries/:roundId/children', answer: 'file' }),
  /** The children's class poster, A3 landscape. */
  childrenPdf: endpoint({ method: 'GET', path: '/api/summaries/:roundId/children/pdf', answer: 'file' }),
  qrSvg: endpoint({ method: 'GET', path: '/api/summaries/:roundId/qr.svg', answer: 'file' }),
  qrPng: endpoint({ method: 'GET', path: '/api/summaries/:roundId/qr.png', answer: 'file' }),
  /** Makes the public link, or renews it: the old address stops working at once. */
  renewLink: endpoint({ method: 'POST', path: '/api/summaries/:roundId/link', answer: SummaryStatusSchema }),
  /** Withdraws the public link; the summaries stay available to staff. */
  withdrawLink: endpoint({ method: 'DELETE', path: '/api/summaries/:roundId/link', answer: SummaryStatusSchema }),
};

/** The public pages, outside the API (server-rendered, no login): listed for docs and tests, not called by the web. */
export const PUBLIC_SUMMARY_PATH = '/samenvatting';
