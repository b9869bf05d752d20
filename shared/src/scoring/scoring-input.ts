import type { InstrumentFile, Perspective } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';

/** One questionnaire response as stored; only `complete` ones are scored, `partial` ones are counted apart. */
export type ScoringResponse = {
  perspective: Perspective;
  instrument: { key: string; version: number };
  answers: Record<string, unknown>;
  status: 'complete' | 'partial';
  /** The language the questionnaire was filled in, for who we heard. */
  locale?: string;
};

/** One mystery-guest visit recorded on a touchpoint form. */
export type MysteryGuestVisit = { instrumentKey: string; version: number; answers: Record<string, unknown> };

/**
 * The coding a researcher settled for a visit two raters coded (same form, same visit code): it is scored instead of
 * the merge of the raters' codings. Context answers it leaves out come from the first coding.
 */
export type SettledCoding = { instrumentKey: string; visitCode: string; answers: Record<string, unknown> };

/** Who could have answered, per perspective: families for parents, pupils of groups 5–8 for children. */
export type Denominators = { families?: number; pupils812?: number; professionals?: number };

/** An open answer the researcher approved for showing; the server passes only those. */
export type ApprovedOpenAnswer = { perspective: Perspective; question: string; text: string };

export type ScoreLocationInput = {
  model: ScanModel;
  /** Every instrument version the round pinned, mystery-guest forms included. */
  instruments: ReadonlyArray<InstrumentFile>;
  responses: ReadonlyArray<ScoringResponse>;
  visits?: ReadonlyArray<MysteryGuestVisit>;
  /** Settled codings of double-coded visits; see `SettledCoding`. */
  settledCodings?: ReadonlyArray<SettledCoding>;
  denominators?: Denominators;
  openAnswers?: ReadonlyArray<ApprovedOpenAnswer>;
};
