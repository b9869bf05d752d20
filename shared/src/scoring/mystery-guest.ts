import { type CriterionId, type InstrumentFile, itemAsked, type TickTier } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { compareScenarios } from './compare-scenarios';
import { groupCodings, mergeCodings, settledCodingFor } from './double-coding';
import { dateTimeFact, emailReplyFact, factResult } from './fact-norms';
import { groupFigures } from './group-figures';
import { formatLevel } from './labels';
import { raterAgreement } from './rater-agreement';
import type {
  CriterionScore,
  FactResult,
  GuestObservation,
  MysteryGuestResults,
  TickResult,
  VisitResult,
} from './report-schema';
import type { MysteryGuestVisit, SettledCoding } from './scoring-input';
import { staircase } from './staircase';
import { tickAnswer } from './tick-answer';
import { highestTier, visitBound } from './tier-rule';
import { visitContext } from './visit-context';

export { tickAnswer } from './tick-answer';

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

/** The visit's facts; the email's date-times become the working days to the reply (model `measuredFacts`). */
function visitFacts(visit: MysteryGuestVisit, file: InstrumentFile, model: Pick<ScanModel, 'mysteryGuest'>) {
  const named = model.mysteryGuest.measuredFacts;
  const sentName = named && Object.keys(file.items).find((n) => file.items[n]?.concept === named.emailSentAt);
  const facts: FactResult[] = [];
  for (const [name, meta] of Object.entries(file.items)) {
    if (meta.kind !== 'fact' || !itemAsked(file, name, visit.answers)) continue;
    const raw = visit.answers[name];
    if (named && meta.concept === named.emailSentAt) facts.push(dateTimeFact(name, meta, raw));
    else if (named && meta.concept === named.emailRepliedAt)
      facts.push(emailReplyFact(name, meta, sentName ? visit.answers[sentName] : undefined, raw, model));
    else facts.push(factResult(name, meta, raw, model));
  }
  return facts;
}

/**
 * One visit: its ticks and facts, the staircase per criterion and over all ticks. A tick the visit was not asked (a
 * scenario route that does not apply) is left out entirely, as if the form did not have it.
 */
export function scoreVisit(
  visit: MysteryGuestVisit,
  index: number,
  file: InstrumentFile,
  model: Pick<ScanModel, 'mysteryGuest' | 'criteria'>,
): VisitResult {
  const ticks: TickResult[] = [];
  for (const [name, meta] of Object.entries(file.items))
    if (meta.kind === 'scored' && meta.tier !== undefined && itemAsked(file, name, visit.answers))
      ticks.push(
        tickResult(
          name,
          { concept: meta.concept, criterion: meta.criterion, tier: meta.tier },
          visit.answers[name],
          model,
        ),
      );
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
    facts: visitFacts(visit, file, model),
    scenario: visitContext(file, visit.answers).scenario,
  };
}

/** Ticks of a criterion filled in over some visits, and how many of them were "niet waargenomen". */
function notObservedOf(visits: ReadonlyArray<VisitResult>, criterion: CriterionId) {
  const filled = visits.flatMap((v) => v.ticks.filter((t) => t.criterion === criterion && t.answer !== null));
  const notObserved = filled.filter((t) => t.answer === 'not-observed').length;
  return {
    notObserved,
    notObservedRate: filled.length > 0 ? notObserved / filled.length : null,
    filled: filled.length,
  };
}

export type MysteryGuestScores = {
  results: MysteryGuestResults;
  criteria: CriterionScore[];
  /** The visits as scored: one per visit, double codings merged; what the tick summaries are built from. */
  visits: MysteryGuestVisit[];
};

/**
 * All visits of a location. Codings with the same visit code on the same form are one visit (scored from the
 * settled coding, else from `mergeCodings`), with their agreement in `agreement`. Per touchpoint the visits and the
 * share of ticks not observed; per criterion the mystery guest's figures (n = visits with an answered tick on the
 * criterion, mean of their staircase levels) and what the visits could observe. "Niet waargenomen" is missing data:
 * no don't-know rate. A criterion the guest could not observe at all gets no cell. When every visit of a criterion
 * is a lower bound (tier rule) its label says "minstens".
 */
export function scoreMysteryGuest(
  visits: ReadonlyArray<MysteryGuestVisit>,
  instruments: ReadonlyArray<InstrumentFile>,
  model: ScanModel,
  settledCodings?: ReadonlyArray<SettledCoding>,
): MysteryGuestScores {
  const files = new Map(instruments.map((f) => [`${f.key}@${f.version}`, f]));
  const fileOf = (visit: MysteryGuestVisit, index: number) => {
    const file = files.get(`${visit.instrumentKey}@${visit.version}`);
    if (file?.perspective !== 'mystery-guest')
      throw new Error(`visit ${index}: ${visit.instrumentKey} v${visit.version} is not a pinned mystery-guest form`);
    return file;
  };
  visits.forEach(fileOf);
  const groups = groupCodings(visits, files);
  const settledGroups = new Set<(typeof groups)[number]>();
  const merged: MysteryGuestVisit[] = [];
  const scored = groups.map((group) => {
    const [first = 0] = group.indexes;
    const visit = visits[first] as MysteryGuestVisit;
    const file = fileOf(visit, first);
    if (group.indexes.length < 2 || group.visitCode === null) {
      merged.push(visit);
      return scoreVisit(visit, first, file, model);
    }
    const codings = group.indexes.map((i) => (visits[i] as MysteryGuestVisit).answers);
    const settled = settledCodingFor(group, settledCodings);
    if (settled) settledGroups.add(group);
    const one = { ...visit, answers: mergeCodings(codings, file, model, settled?.answers) };
    merged.push(one);
    return {
      ...scoreVisit(one, first, file, model),
      codings: {
        indexes: group.indexes,
        raters: codings.map((c) => visitContext(file, c).rater),
        visitCode: group.visitCode,
        settled: settled !== undefined,
      },
    };
  });
  const touchpoints: MysteryGuestResults['touchpoints'] = [];
  for (const v of scored) {
    const group = touchpoints.find((t) => t.instrumentKey === v.instrumentKey);
    if (group) group.visits.push(v);
    else touchpoints.push({ instrumentKey: v.instrumentKey, visits: [v] });
  }
  for (const t of touchpoints)
    t.notObserved = model.criteria.flatMap(({ id }) => {
      const { filled, ...rest } = notObservedOf(t.visits, id);
      return filled > 0 ? [{ criterion: id, ...rest }] : [];
    });
  const evidence: MysteryGuestResults['evidence'] = [];
  const criteria: CriterionScore[] = [];
  for (const { id } of model.criteria) {
    const levels = scored.flatMap((v) => {
      const step = v.criteria.find((c) => c.criterion === id);
      return step ? [{ instrumentKey: v.instrumentKey, index: v.index, ...visitBound(step) }] : [];
    });
    // The guest has no "weet niet": its don't-know rate stays empty (answered 0).
    const figures = groupFigures(
      levels.map((l) => l.level),
      { count: 0, answered: 0 },
      model,
    );
    if (levels.length === 0 || !figures) continue;
    evidence.push({ criterion: id, visits: levels });
    const { filled: _, ...seen } = notObservedOf(scored, id);
    const observation: GuestObservation = {
      ...seen,
      highestTierObserved: highestTier(levels.map((l) => l.observedUpTo)),
      visitsAtLeast: levels.filter((l) => l.atLeast).length,
    };
    const bound = observation.visitsAtLeast === levels.length;
    criteria.push({
      criterion: id,
      perspective: 'mystery-guest',
      ...figures,
      ...(bound ? { label: `minstens ${formatLevel(figures.band)}` } : {}),
      reliability: null,
      observation,
    });
  }
  const agreement = raterAgreement(groups, visits, files, model, settledGroups);
  const scenarios = compareScenarios(touchpoints, instruments, model);
  return {
    // Both optional and left out when empty, so a report without double coding or scenarios reads as before.
    results: {
      touchpoints,
      evidence,
      ...(agreement ? { agreement } : {}),
      ...(scenarios.length > 0 ? { scenarios } : {}),
    },
    criteria,
    visits: merged,
  };
}
