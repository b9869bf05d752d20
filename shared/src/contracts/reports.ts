import { z } from 'zod';
import { LocationReportSchema, RoundComparisonSchema } from '../scoring/report-schema';
import { IsoDateSchema } from './common';
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

/** `GET /api/reports/:roundId`: the scored, suppressed report and the comparison with the round before. */
export const RoundReportSchema = z.object({
  round: ReportRoundSchema,
  report: LocationReportSchema,
  comparison: z.object({ baseline: ReportRoundSchema, result: RoundComparisonSchema }).nullable(),
});
export type RoundReportView = z.infer<typeof RoundReportSchema>;

/** A round's report as JSON, as one HTML document for screen and print, and as PDF. */
export const reportsApi = {
  get: endpoint({ method: 'GET', path: '/api/reports/:roundId', answer: RoundReportSchema }),
  html: endpoint({ method: 'GET', path: '/api/reports/:roundId/html', answer: 'file' }),
  pdfAvailable: endpoint({ method: 'GET', path: '/api/reports/:roundId/pdf-available', answer: PdfAvailableSchema }),
  pdf: endpoint({ method: 'GET', path: '/api/reports/:roundId/pdf', answer: 'file' }),
};
