import type { CriterionId, InstrumentFile, TickTier } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { factResult } from './fact-norms';
import { groupFigures } from './group-figures';
import type {
  CriterionScore,
  FactResult,
  MysteryGuestResults,
  TickAnswer,
  TickResult,
  VisitResult,
} from './report-schema';
import type { MysteryGuestVisit } from './scoring-input';
import { staircase } from './staircase';

/** Which tick answer a stored option value stands for, by the model's `tickValues`. */
export function tickAnswer(raw: unknown, model: Pick<ScanModel, 'mysteryGuest'>): TickAnswer | null {
  const v = model.mysteryGuest.tickValues;
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  if (value === v.yes) return 'yes';
  if (value === v.partly) return 'partly';
  if (value === v.no) return 'no';
  if (value === v.notObserved) return 'not-observed';
  return null;
}

/** A tick with its credit (for the staircase) and option level max(1, tier + offset) (to explain the visit). */
export function tickResult(
  name: string,
  meta: { concept: string; criterion?: CriterionId; tier: TickTier },
  raw: unknown,
  model: Pick<ScanModel, 'mysteryGuest'>,
): TickResult {
  const answer = tickAnswer(raw, model);
  const counted = answer === 'yes' || answer === 'partly' || answer === 'no' ? answer : null;
  return {
    item: name,
    concept: meta.concept,
    criterion: meta.criterion ?? null,
    tier: meta.tier,
    answer,
    credit: counted ? model.mysteryGuest.credit[counted] : null,
    optionLevel: counted ? Math.min(3, Math.max(1, meta.tier + model.mysteryGuest.optionLevelOffset[counted])) : null,
  };
}

/** One visit: its ticks and facts, the staircase per criterion and over all ticks. */
export function scoreVisit(
  visit: MysteryGuestVisit,
  index: number,
  file: InstrumentFile,
  model: Pick<ScanModel, 'mysteryGuest' | 'criteria'>,
): VisitResult {
  const ticks: TickResult[] = [];
  const facts: FactResult[] = [];
  for (const [name, meta] of Object.entries(file.items)) {
    const raw = visit.answers[name];
    if (meta.kind === 'scored' && meta.tier !== undefined)
      ticks.push(tickResult(name, { concept: meta.concept, criterion: meta.criterion, tier: meta.tier }, raw, model));
    else if (meta.kind === 'fact') facts.push(factResult(name, meta, raw, model));
  }
  const criteria = model.criteria.flatMap(({ id }) => {
    const steps = staircase(
      ticks.filter((t) => t.criterion === id),
      model,
    );
    return steps ? [{ criterion: id, ...steps }] : [];
  });
  return {
    instrumentKey: visit.instrumentKey,
    version: visit.version,
    index,
    tierReached: staircase(ticks, model)?.level ?? null,
    criteria,
    ticks,
    facts,
  };
}

export type MysteryGuestScores = { results: MysteryGuestResults; criteria: CriterionScore[] };

/**
 * All visits of a location: results per touchpoint, and per criterion the mystery guest's figures (n = visits with
 * an answered tick on the criterion, mean of their staircase levels, dk rate = ticks not observed / ticks answered).
 * A criterion the guest could not observe at all gets no cell.
 */
export function scoreMysteryGuest(
  visits: ReadonlyArray<MysteryGuestVisit>,
  instruments: ReadonlyArray<InstrumentFile>,
  model: ScanModel,
): MysteryGuestScores {
  const files = new Map(instruments.map((f) => [`${f.key}@${f.version}`, f]));
  const scored = visits.map((visit, index) => {
    const file = files.get(`${visit.instrumentKey}@${visit.version}`);
    if (file?.perspective !== 'mystery-guest')
      throw new Error(`visit ${index}: ${visit.instrumentKey} v${visit.version} is not a pinned mystery-guest form`);
    return scoreVisit(visit, index, file, model);
  });
  const touchpoints: MysteryGuestResults['touchpoints'] = [];
  for (const v of scored) {
    const group = touchpoints.find((t) => t.instrumentKey === v.instrumentKey);
    if (group) group.visits.push(v);
    else touchpoints.push({ instrumentKey: v.instrumentKey, visits: [v] });
  }
  const evidence: MysteryGuestResults['evidence'] = [];
  const criteria: CriterionScore[] = [];
  for (const { id } of model.criteria) {
    const levels = scored.flatMap((v) => {
      const step = v.criteria.find((c) => c.criterion === id);
      return step ? [{ instrumentKey: v.instrumentKey, index: v.index, level: step.level }] : [];
    });
    const ticks = scored.flatMap((v) => v.ticks.filter((t) => t.criterion === id && t.answer !== null));
    const notObserved = ticks.filter((t) => t.answer === 'not-observed').length;
    const figures = groupFigures(
      levels.map((l) => l.level),
      { count: notObserved, answered: ticks.length },
      model,
    );
    if (levels.length > 0) evidence.push({ criterion: id, visits: levels });
    if (figures) criteria.push({ criterion: id, perspective: 'mystery-guest', ...figures, reliability: null });
  }
  return { results: { touchpoints, evidence }, criteria };
}
