import { z } from 'zod';
import { CriterionIdSchema } from '../instruments/instrument-file';
import { LevelSchema, LocationReportSchema, RoundComparisonSchema } from '../scoring/report-schema';
import { AudienceSchema, IsoDateSchema } from './common';
import { endpoint } from './endpoint';
import { PdfAvailableSchema } from './plans';
import { RoundKindSchema, RoundStatusSchema } from './rounds';

/** The round a report is of, with its location's denominators. */
export const ReportRoundSchema = z.object({
  id: z.uuid(),
  locationId: z.uuid(),
  location: z.string(),
  ikc: z.string(),
  organisation: z.string(),
  kind: RoundKindSchema,
  status: RoundStatusSchema,
  name: z.string().nullable(),
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
  modelVersion: z.number().int().positive(),
  families: z.number().int().nullable(),
  pupils812: z.number().int().nullable(),
  professionals: z.number().int().nullable(),
});
export type ReportRound = z.infer<typeof ReportRoundSchema>;

/**
 * How many responses of each audience the researcher excluded from scoring (decision 0015): counts only, never which
 * or why. Absent in snapshots from before exclusions existed.
 */
export const ExclusionCountsSchema = z.array(
  z.object({ perspective: AudienceSchema, count: z.number().int().positive() }),
);
export type ExclusionCounts = z.infer<typeof ExclusionCountsSchema>;

/** `GET /api/reports/:roundId`: the scored, suppressed report and the comparison with the round before. */
export const RoundReportSchema = z.object({
  round: ReportRoundSchema,
  report: LocationReportSchema,
  comparison: z.object({ baseline: ReportRoundSchema, result: RoundComparisonSchema }).nullable(),
  exclusions: ExclusionCountsSchema.optional(),
});
export type RoundReportView = z.infer<typeof RoundReportSchema>;

const Text = (max: number) => z.string().max(max, `hoogstens ${max} tekens`);

/** The report's summary at the top: what goes well, what to work on, the researcher's advice. */
export const ReportSummarySchema = z.object({
  strengths: Text(4000).default(''),
  improvements: Text(4000).default(''),
  advice: Text(4000).default(''),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/** `PUT /api/reports/:roundId/criteria/:criterion`: an interpretation, and an adjusted level only with a reason. */
export const CriterionJudgementInputSchema = z
  .object({
    interpretation: Text(4000).default(''),
    adjustedLevel: LevelSchema.nullable().default(null),
    reason: Text(2000).trim().nullable().default(null),
  })
  .refine((j) => j.adjustedLevel === null || (j.reason ?? '').length > 0, {
    message: 'schrijf waarom u een ander niveau vaststelt dan berekend',
    path: ['reason'],
  });

export const CriterionJudgementSchema = z.object({
  criterion: CriterionIdSchema,
  interpretation: z.string(),
  adjustedLevel: LevelSchema.nullable(),
  reason: z.string().nullable(),
  /** Who wrote it last, and when (Dutch local time, `YYYY-MM-DDTHH:MM`). */
  by: z.string().nullable(),
  at: z.string(),
});
export type CriterionJudgement = z.infer<typeof CriterionJudgementSchema>;

/** A mystery-guest note or observation quoted in the report, as the visit recorded it. */
export const QuoteSchema = z.object({
  visitId: z.uuid(),
  question: z.string(),
  touchpoint: z.string(),
  visitedOn: IsoDateSchema,
  /** The question as the observer read it, and what they wrote or ticked. */
  title: z.string(),
  text: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const QuoteChoiceSchema = z.object({ visitId: z.uuid(), question: z.string().min(1).max(100) });
export const QuotesInputSchema = z.object({ quotes: z.array(QuoteChoiceSchema).max(40, 'hoogstens 40 citaten') });

/** The researcher's judgement of a round: summary, per-criterion interpretation and adjustments, quotes. */
export const ReportJudgementSchema = z.object({
  summary: ReportSummarySchema,
  criteria: z.array(CriterionJudgementSchema),
  quotes: z.array(QuoteSchema),
});
export type ReportJudgement = z.infer<typeof ReportJudgementSchema>;

/** What a publication froze: the report, the comparison and the judgement as readers see them. */
export const PublishedReportSchema = RoundReportSchema.extend({
  judgement: ReportJudgementSchema,
  publication: z.object({
    version: z.number().int().positive(),
    /** Dutch local time, `YYYY-MM-DDTHH:MM`. */
    publishedAt: z.string(),
    publishedBy: z.string().nullable(),
  }),
});
export type PublishedReport = z.infer<typeof PublishedReportSchema>;

/** Response counts per audience, the only thing of an unpublished report IKC and municipality users see. */
export const ReportCountsSchema = z.array(
  z.object({ audience: AudienceSchema, complete: z.number().int().nullable(), partial: z.number().int().nullable() }),
);

/** What is still to do before publishing, in Dutch, for the researcher. */
export const PublishTodoSchema = z.array(z.object({ key: z.string(), text: z.string() }));

/**
 * `GET /api/reports/:roundId`, by who asks:
 * - `draft` (researchers, admins): the live report with the judgement, what is still to do, and the publication in
 *   force with what changed since;
 * - `published` (IKC team, municipality): the frozen snapshot;
 * - `unpublished` (IKC team, municipality, before publication): response counts only.
 */
/** The model's criteria by id with their Dutch names, so a screen can say "C5 Gelijkwaardige gesprekken". */
export const CriterionNamesSchema = z.array(z.object({ id: CriterionIdSchema, name: z.string() }));

export const ReportViewSchema = z.discriminatedUnion('state', [
  RoundReportSchema.extend({
    state: z.literal('draft'),
    criterionNames: CriterionNamesSchema,
    judgement: ReportJudgementSchema,
    todo: PublishTodoSchema,
    published: z
      .object({
        version: z.number().int().positive(),
        publishedAt: z.string(),
        publishedBy: z.string().nullable(),
        /** Sentences naming what differs between the draft and the publication; empty: nothing. */
        changes: z.array(z.string()),
      })
      .nullable(),
  }),
  PublishedReportSchema.extend({
    state: z.literal('published'),
    criterionNames: CriterionNamesSchema,
    /** The day the round's raw data was deleted (retention); the publication stays as it was. */
    rawDataDeletedOn: IsoDateSchema.nullable().optional(),
  }),
  z.object({ state: z.literal('unpublished'), round: ReportRoundSchema, counts: ReportCountsSchema }),
]);
export type ReportView = z.infer<typeof ReportViewSchema>;

export const RetractSchema = z.object({
  reason: Text(2000).trim().min(10, 'schrijf in een paar woorden waarom de publicatie wordt ingetrokken'),
});

/** A round's report as JSON, as one HTML document for screen and print, and as PDF. */
export const reportsApi = {
  get: endpoint({ method: 'GET', path: '/api/reports/:roundId', answer: ReportViewSchema }),
  summary: endpoint({
    method: 'PUT',
    path: '/api/reports/:roundId/summary',
    body: ReportSummarySchema,
    answer: ReportJudgementSchema,
  }),
  judgeCriterion: endpoint({
    method: 'PUT',
    path: '/api/reports/:roundId/criteria/:criterion',
    body: CriterionJudgementInputSchema,
    answer: ReportJudgementSchema,
  }),
  quotes: endpoint({
    method: 'PUT',
    path: '/api/reports/:roundId/quotes',
    body: QuotesInputSchema,
    answer: ReportJudgementSchema,
  }),
  publish: endpoint({ method: 'POST', path: '/api/reports/:roundId/publish', answer: ReportViewSchema }),
  retract: endpoint({
    method: 'POST',
    path: '/api/reports/:roundId/retract',
    body: RetractSchema,
    answer: ReportViewSchema,
  }),
  html: endpoint({ method: 'GET', path: '/api/reports/:roundId/html', answer: 'file' }),
  pdfAvailable: endpoint({ method: 'GET', path: '/api/reports/:roundId/pdf-available', answer: PdfAvailableSchema }),
  pdf: endpoint({ method: 'GET', path: '/api/reports/:roundId/pdf', answer: 'file' }),
};
