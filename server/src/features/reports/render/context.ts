import type {
  ExclusionCounts,
  InstrumentFile,
  LocationReport,
  ReportJudgement,
  RoundComparison,
  ScanModel,
} from '@driehoek/shared';
import type { html } from 'hono/html';
import type { ReportRound } from '../queries';
import type { ItemTexts } from './item-texts';

/** A piece of escaped HTML from hono's `html` template. */
export type Html = ReturnType<typeof html>;

/** Everything one report document is rendered from; pure data, the clock included. */
export type ReportDocumentInput = {
  round: ReportRound;
  report: LocationReport;
  comparison: { baseline: ReportRound; result: RoundComparison } | null;
  model: ScanModel;
  /** The instrument files the report scored (questionnaires and mystery-guest forms), for question texts. */
  instruments: ReadonlyArray<InstrumentFile>;
  generatedAt: Date;
  /** The researcher's summary, interpretations, adjusted levels and quotes. */
  judgement?: ReportJudgement;
  /** Whether the document is the researcher's draft or a publication, and which. */
  stamp?: ReportStamp;
  /** Responses the researcher excluded from scoring, per audience: the report says how many (decision 0015). */
  exclusions?: ExclusionCounts;
  /** The day the round's raw data was deleted; the publication is shown as it was, and says so. */
  rawDataDeletedOn?: string | null;
};

export type ReportStamp =
  | {
      state: 'draft';
      published: { version: number; publishedAt: string; publishedBy: string | null; changes: string[] } | null;
      todo: Array<{ text: string }>;
    }
  | { state: 'published'; version: number; publishedAt: string; publishedBy: string | null };

export type RenderContext = ReportDocumentInput & { texts: ItemTexts };

/** "te weinig respondenten …": what stands where a hidden group's figures would be. Never with a number. */
export const SUPPRESSED_NL = (model: ScanModel) =>
  `te weinig respondenten om te tonen (minder dan ${model.privacy.minGroupSize})`;

/** Position on the 1–3 scale as a percentage of the track. */
export const scalePos = (x: number): number => Math.max(0, Math.min(100, ((x - 1) / 2) * 100));
