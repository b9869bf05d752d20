import {
  type DoubleCoding,
  type DoubleCodingReview,
  type InstrumentFile,
  type MysteryGuestVisit,
  reviewDoubleCodings,
  type SettledCoding,
} from '@driehoek/shared';
import { type InstrumentCatalog, loadScanModel } from '@driehoek/surveys';
import type { Sql } from '../../platform/db';
import { type CodedVisit, listCodedVisits, listSettlements, type StoredSettlement } from './queries';

/** The mystery-guest forms the visits were coded on, by `key@version`. */
export function guestForms(catalog: InstrumentCatalog, visits: ReadonlyArray<MysteryGuestVisit>) {
  const files = new Map<string, InstrumentFile>();
  for (const v of visits) {
    const file = catalog.get(v.instrumentKey, v.version);
    if (file?.perspective === 'mystery-guest') files.set(`${file.key}@${file.version}`, file);
  }
  return files;
}

/**
 * The settled codings scoring takes for a round's visits: only settlements that still decide every tick the
 * codings disagree on (see `reviewDoubleCodings`).
 */
export async function settledCodingsOf(
  sql: Sql,
  catalog: InstrumentCatalog,
  roundId: string,
  modelVersion: number,
  visits: ReadonlyArray<MysteryGuestVisit>,
): Promise<SettledCoding[]> {
  const settlements = await listSettlements(sql, roundId);
  if (settlements.length === 0) return [];
  const model = loadScanModel(modelVersion);
  return reviewDoubleCodings(visits, guestForms(catalog, visits), model, settlements).settledCodings;
}

function asContract(
  review: DoubleCodingReview,
  visits: ReadonlyArray<CodedVisit>,
  settlement: StoredSettlement | undefined,
  kappaMin: number,
): DoubleCoding {
  return {
    instrument: { key: review.instrumentKey, version: review.version },
    visitCode: review.visitCode,
    codings: review.indexes.map((i, n) => {
      const v = visits[i] as CodedVisit;
      return { visitId: v.id, rater: review.raters[n] ?? null, recordedBy: v.recordedBy, visitedOn: v.visitedOn };
    }),
    kappa: review.kappa,
    kappaMin,
    disagreements: review.disagreements,
    state: review.state,
    settledBy: settlement?.settledBy ?? null,
    settledAt: settlement?.settledAt ?? null,
  };
}

/** Every visit of a round coded by two or more raters, with its agreement, disagreements and settlement. */
export async function listDoubleCodings(
  sql: Sql,
  catalog: InstrumentCatalog,
  round: { id: string; modelVersion: number },
): Promise<DoubleCoding[]> {
  const visits = await listCodedVisits(sql, round.id);
  const settlements = await listSettlements(sql, round.id);
  const model = loadScanModel(round.modelVersion);
  const { reviews } = reviewDoubleCodings(visits, guestForms(catalog, visits), model, settlements);
  return reviews.map((r) =>
    asContract(
      r,
      visits,
      settlements.find((s) => s.instrumentKey === r.instrumentKey && s.visitCode === r.visitCode),
      model.reliability.kappaMin,
    ),
  );
}
