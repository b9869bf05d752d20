import type { InstrumentFile } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import type { MysteryGuestVisit, SettledCoding } from './scoring-input';
import { tickAnswer } from './tick-answer';
import { visitContext } from './visit-context';

/** The codings of one visit: one, or several raters' codings with the same visit code on the same form version. */
export type CodingGroup = {
  instrumentKey: string;
  version: number;
  /** Null for a visit without a code, which is always a group of its own. */
  visitCode: string | null;
  /** Input positions of the codings, ascending. */
  indexes: number[];
};

const formId = (key: string, version: number) => `${key}@${version}`;

/**
 * Groups visits by their pairing code (`mg_visit_code`, concept `mg.context.visit-code`) per form version, so two
 * raters on one visit count as one visit. Codes on different forms or versions never pair: the ticks would differ.
 * Groups come in the order of their first coding.
 */
export function groupCodings(
  visits: ReadonlyArray<MysteryGuestVisit>,
  files: ReadonlyMap<string, Pick<InstrumentFile, 'items'>>,
): CodingGroup[] {
  const groups: CodingGroup[] = [];
  const byCode = new Map<string, CodingGroup>();
  visits.forEach((visit, index) => {
    const file = files.get(formId(visit.instrumentKey, visit.version));
    const code = file ? visitContext(file, visit.answers).visitCode : null;
    const key = code === null ? null : `${formId(visit.instrumentKey, visit.version)}#${code}`;
    const known = key === null ? undefined : byCode.get(key);
    if (known) {
      known.indexes.push(index);
      return;
    }
    const group = { instrumentKey: visit.instrumentKey, version: visit.version, visitCode: code, indexes: [index] };
    groups.push(group);
    if (key !== null) byCode.set(key, group);
  });
  return groups;
}

/** The settled coding the researcher recorded for a group, if any. */
export function settledCodingFor(
  group: CodingGroup,
  settled: ReadonlyArray<SettledCoding> | undefined,
): SettledCoding | undefined {
  if (group.visitCode === null) return undefined;
  return settled?.find(
    (s) => s.instrumentKey === group.instrumentKey && s.visitCode.trim().toUpperCase() === group.visitCode,
  );
}

const filled = (raw: unknown) => raw !== undefined && raw !== null && raw !== '';

/**
 * The answers one visit is scored from when several raters coded it. The researcher's settled coding wins (over the
 * first coding's context answers). Unsettled, tick by tick: an answer every rater who observed it gave; where they
 * differ, the answer with the lowest credit — a tick is credited only as far as every rater saw it, whichever order
 * the codings came in, and the result is always an answer a rater really gave; "niet waargenomen" only when no rater
 * observed the tick. Context and facts come from the first coding that has them. The report marks an unsettled merge
 * so the researcher can settle the disagreements (above all below the model's kappa minimum).
 */
export function mergeCodings(
  codings: ReadonlyArray<Readonly<Record<string, unknown>>>,
  file: Pick<InstrumentFile, 'items'>,
  model: Pick<ScanModel, 'mysteryGuest'>,
  settled?: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const name of Object.keys(file.items)) {
    const first = codings.find((c) => filled(c[name]));
    if (first) merged[name] = first[name];
  }
  if (settled) return { ...merged, ...settled };
  const { credit } = model.mysteryGuest;
  for (const [name, meta] of Object.entries(file.items)) {
    if (meta.tier === undefined) continue;
    let lowest: { raw: unknown; credit: number } | undefined;
    let notObserved: unknown;
    for (const coding of codings) {
      const answer = tickAnswer(coding[name], model);
      if (answer === 'not-observed') notObserved ??= coding[name];
      else if (answer !== null && (lowest === undefined || credit[answer] < lowest.credit))
        lowest = { raw: coding[name], credit: credit[answer] };
    }
    if (lowest) merged[name] = lowest.raw;
    else if (notObserved !== undefined) merged[name] = notObserved;
  }
  return merged;
}
