import type { InstrumentFile } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { cohensKappa, type TickCategory } from './cohens-kappa';
import { groupCodings } from './double-coding';
import { compareCodings } from './rater-agreement';
import type { Kappa } from './report-schema';
import type { MysteryGuestVisit, SettledCoding } from './scoring-input';
import { visitContext } from './visit-context';

type SettleModel = Pick<ScanModel, 'mysteryGuest' | 'reliability'>;

/** A tick two or more raters answered differently, with each coding's stored answer and the researcher's decision. */
export type CodingDisagreement = {
  item: string;
  /** Per coding, in the order of `indexes`: the stored option value, or null when the rater left the tick empty. */
  answers: Array<string | null>;
  /** The settled option value; null while the researcher has not decided this tick. */
  decision: string | null;
};

/**
 * - `agreed`: the raters gave the same answers, nothing to settle;
 * - `open`: disagreements and no settlement yet;
 * - `settled`: every current disagreement has a decision, and the decisions are what scores;
 * - `changed`: a settlement exists but a coding changed since and a disagreement has no decision: the merge rule
 *   scores until the researcher settles again.
 */
export type SettlementState = 'agreed' | 'open' | 'settled' | 'changed';

/** One visit coded by several raters, as the researcher reviews and settles it. */
export type DoubleCodingReview = {
  instrumentKey: string;
  version: number;
  visitCode: string;
  /** Input positions of the codings, ascending. */
  indexes: number[];
  raters: Array<string | null>;
  /** Cohen's kappa pooled over every two codings of the visit, with the model's verdict. */
  kappa: Kappa;
  disagreements: CodingDisagreement[];
  state: SettlementState;
};

const rawOf = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

const sameCode = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * The double-coded visits of a round for the researcher to settle (issue 16.3): per visit code and form, the kappa of
 * its codings, every tick they answered differently ("niet waargenomen" against an answer included) with the
 * decision stored for it, and the settled codings that scoring takes (`scoreLocation`'s `settledCodings`): only
 * settlements that decide every current disagreement, holding only those ticks, so a tick the raters now agree on
 * scores as they coded it.
 */
export function reviewDoubleCodings(
  visits: ReadonlyArray<MysteryGuestVisit>,
  files: ReadonlyMap<string, Pick<InstrumentFile, 'items' | 'routes'>>,
  model: SettleModel,
  settlements: ReadonlyArray<SettledCoding>,
): { reviews: DoubleCodingReview[]; settledCodings: SettledCoding[] } {
  const reviews: DoubleCodingReview[] = [];
  const settledCodings: SettledCoding[] = [];
  for (const group of groupCodings(visits, files)) {
    const file = files.get(`${group.instrumentKey}@${group.version}`);
    if (!file || group.visitCode === null || group.indexes.length < 2) continue;
    const codings = group.indexes.map((i) => visits[i]?.answers ?? {});
    const ticks: Array<[TickCategory, TickCategory]> = [];
    const disagreeing = new Set<string>();
    for (const [i, a] of codings.entries())
      for (const b of codings.slice(i + 1)) {
        const compared = compareCodings(a, b, file, model);
        ticks.push(...compared.pairs);
        for (const d of compared.disagreements) disagreeing.add(d.item);
      }
    const code = group.visitCode;
    const settlement = settlements.find((s) => s.instrumentKey === group.instrumentKey && sameCode(s.visitCode, code));
    const disagreements = Object.keys(file.items)
      .filter((item) => disagreeing.has(item))
      .map((item) => ({
        item,
        answers: codings.map((c) => rawOf(c[item])),
        decision: rawOf(settlement?.answers[item]),
      }));
    const decided = disagreements.every((d) => d.decision !== null);
    const state: SettlementState =
      disagreements.length === 0 ? 'agreed' : !settlement ? 'open' : decided ? 'settled' : 'changed';
    if (state === 'settled' && settlement)
      settledCodings.push({
        instrumentKey: group.instrumentKey,
        visitCode: code,
        answers: Object.fromEntries(disagreements.map((d) => [d.item, d.decision])),
      });
    const figures = cohensKappa(ticks);
    reviews.push({
      instrumentKey: group.instrumentKey,
      version: group.version,
      visitCode: code,
      indexes: group.indexes,
      raters: codings.map((c) => visitContext(file, c).rater),
      kappa: {
        ...figures,
        meetsMinimum: figures.kappa === null ? null : figures.kappa >= model.reliability.kappaMin,
      },
      disagreements,
      state,
    });
  }
  return { reviews, settledCodings };
}

/**
 * Why a settlement cannot be stored, naming the field: it must decide every tick the codings disagree on, and only
 * those, each with one of the tick's answers (yes, partly, no or not observed).
 */
export function settlementProblem(
  review: Pick<DoubleCodingReview, 'disagreements'>,
  answers: Readonly<Record<string, unknown>>,
  model: Pick<ScanModel, 'mysteryGuest'>,
): { field: string; message: string } | undefined {
  const allowed = new Set(Object.values(model.mysteryGuest.tickValues));
  const items = new Set(review.disagreements.map((d) => d.item));
  for (const [item, value] of Object.entries(answers)) {
    if (!items.has(item))
      return { field: `answers.${item}`, message: `answers.${item}: de coderingen verschillen hier niet` };
    if (typeof value !== 'string' || !allowed.has(value))
      return { field: `answers.${item}`, message: `answers.${item}: kies ja, deels, nee of niet waargenomen` };
  }
  const missing = review.disagreements.find((d) => !(d.item in answers));
  if (missing)
    return { field: `answers.${missing.item}`, message: `answers.${missing.item}: beslis ook over deze waarneming` };
  return undefined;
}
