import { type InstrumentFile, itemAsked } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { cohensKappa, type KappaFigures, type TickCategory } from './cohens-kappa';
import type { CodingGroup } from './double-coding';
import type { CodingPair, Kappa, RaterAgreement, TickAnswer, TickDisagreement } from './report-schema';
import type { MysteryGuestVisit } from './scoring-input';
import { tickAnswer } from './tick-answer';
import { visitContext } from './visit-context';

type AgreementModel = Pick<ScanModel, 'mysteryGuest' | 'reliability'>;

/** Kappa figures with the model's verdict. */
function judged(figures: KappaFigures, model: AgreementModel): Kappa {
  return { ...figures, meetsMinimum: figures.kappa === null ? null : figures.kappa >= model.reliability.kappaMin };
}

const counted = (a: TickAnswer | null): a is TickCategory => a === 'yes' || a === 'partly' || a === 'no';

/**
 * Two codings of one visit side by side: the ticks both raters were asked (each by their own scenario) and answered
 * yes, partly or no, as pairs for kappa; and every tick where their answers differ, "niet waargenomen" against an
 * answer included, because the researcher has to settle those too.
 */
export function compareCodings(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  file: Pick<InstrumentFile, 'items' | 'routes'>,
  model: Pick<ScanModel, 'mysteryGuest'>,
): { pairs: Array<[TickCategory, TickCategory]>; disagreements: TickDisagreement[] } {
  const pairs: Array<[TickCategory, TickCategory]> = [];
  const disagreements: TickDisagreement[] = [];
  for (const [name, meta] of Object.entries(file.items)) {
    if (meta.tier === undefined || !itemAsked(file, name, a) || !itemAsked(file, name, b)) continue;
    const x = tickAnswer(a[name], model);
    const y = tickAnswer(b[name], model);
    if (counted(x) && counted(y)) pairs.push([x, y]);
    if (x !== null && y !== null && x !== y)
      disagreements.push({
        item: name,
        concept: meta.concept,
        criterion: meta.criterion ?? null,
        tier: meta.tier,
        a: x,
        b: y,
      });
  }
  return { pairs, disagreements };
}

/**
 * Agreement of the double-coded visits of a round: per pair of codings (every two codings of a group), per form
 * pooled over its pairs, and over the round pooled — pooling puts every compared tick in one table, so a pair with
 * few ticks weighs little. Null when no visit was coded twice.
 */
export function raterAgreement(
  groups: ReadonlyArray<CodingGroup>,
  visits: ReadonlyArray<MysteryGuestVisit>,
  files: ReadonlyMap<string, Pick<InstrumentFile, 'items' | 'routes'>>,
  model: AgreementModel,
  settled: ReadonlySet<CodingGroup> = new Set(),
): RaterAgreement | null {
  const pairs: CodingPair[] = [];
  const ticksByForm = new Map<string, Array<[TickCategory, TickCategory]>>();
  for (const group of groups) {
    const file = files.get(`${group.instrumentKey}@${group.version}`);
    if (!file || group.visitCode === null || group.indexes.length < 2) continue;
    for (const [i, ia] of group.indexes.entries())
      for (const ib of group.indexes.slice(i + 1)) {
        const a = visits[ia]?.answers ?? {};
        const b = visits[ib]?.answers ?? {};
        const compared = compareCodings(a, b, file, model);
        const formTicks = ticksByForm.get(group.instrumentKey) ?? [];
        formTicks.push(...compared.pairs);
        ticksByForm.set(group.instrumentKey, formTicks);
        pairs.push({
          instrumentKey: group.instrumentKey,
          visitCode: group.visitCode,
          indexes: [ia, ib],
          raters: [visitContext(file, a).rater, visitContext(file, b).rater],
          ...judged(cohensKappa(compared.pairs), model),
          disagreements: compared.disagreements,
          settled: settled.has(group),
        });
      }
  }
  if (pairs.length === 0) return null;
  return {
    kappaMin: model.reliability.kappaMin,
    pairs,
    byForm: [...ticksByForm].map(([instrumentKey, ticks]) => ({
      instrumentKey,
      ...judged(cohensKappa(ticks), model),
    })),
    pooled: judged(cohensKappa([...ticksByForm.values()].flat()), model),
  };
}
