import type { IkcCriterionCell, IkcLocationRef, IkcWithout } from '../contracts/ikc-reports';
import type { ScanModel } from '../model/scan-model';
import type { GuestVisits } from '../scoring/overall-level';
import type { CriterionScore, LocationReport, MysteryGuestResults } from '../scoring/report-schema';
import { respondentCount } from '../scoring/response-rates';
import { PERSPECTIVE_ORDER } from '../vocabulary';
import { poolFigures } from './pool-figures';

/** One location's publication as the IKC report reads it. */
export type PooledSource = IkcLocationRef & { report: LocationReport };

/**
 * Per criterion × perspective, the locations' shown cells pooled; a hidden cell is left out and named, as is a
 * location that did not measure it. Hidden only when no location's cell is shown (the mystery guest never is).
 */
export function poolCriteria(sources: ReadonlyArray<PooledSource>, model: ScanModel): IkcCriterionCell[] {
  return PERSPECTIVE_ORDER.flatMap((perspective) =>
    model.criteria.flatMap(({ id: criterion }): IkcCriterionCell[] => {
      const cells = sources.map((s) => ({
        source: s,
        cell: s.report.criteria.find((c) => c.criterion === criterion && c.perspective === perspective),
      }));
      if (cells.every((c) => !c.cell)) return [];
      const ref = (s: PooledSource) => ({ locationId: s.locationId, location: s.location });
      const without: IkcWithout[] = cells.flatMap(({ source, cell }) =>
        !cell || cell.suppressed
          ? [{ ...ref(source), because: cell ? ('hidden' as const) : ('missing' as const) }]
          : [],
      );
      const shown = cells.flatMap(({ source, cell }) => (cell && !cell.suppressed ? [{ source, cell }] : []));
      const figures = poolFigures(
        shown.map((s) => s.cell),
        model,
      );
      if (!figures) return [{ suppressed: true, criterion, perspective, without }];
      return [{ ...figures, criterion, perspective, from: shown.map((s) => ref(s.source)), without }];
    }),
  );
}

/** The pooled cells as the overall-level rules read them (no reliability: alpha does not pool). */
export const asCriterionScores = (cells: ReadonlyArray<IkcCriterionCell>): CriterionScore[] =>
  cells.map((c): CriterionScore => {
    if (c.suppressed) return { suppressed: true, criterion: c.criterion, perspective: c.perspective };
    const { from: _from, without: _without, ...figures } = c;
    return { ...figures, reliability: null };
  });

/**
 * The mystery guest's visits of every location side by side: touchpoints by form, and per criterion the visit levels
 * with their tier bounds, so the tier rule sees which pooled visits are lower bounds exactly as for one location.
 */
export function concatGuestVisits(sources: ReadonlyArray<PooledSource>): GuestVisits {
  const touchpoints: MysteryGuestResults['touchpoints'] = [];
  const evidence: MysteryGuestResults['evidence'] = [];
  for (const { report } of sources) {
    for (const t of report.mysteryGuest.touchpoints) {
      const same = touchpoints.find((x) => x.instrumentKey === t.instrumentKey);
      if (same) same.visits = [...same.visits, ...t.visits];
      else touchpoints.push({ instrumentKey: t.instrumentKey, visits: [...t.visits] });
    }
    for (const e of report.mysteryGuest.evidence) {
      const same = evidence.find((x) => x.criterion === e.criterion);
      if (same) same.visits = [...same.visits, ...e.visits];
      else evidence.push({ criterion: e.criterion, visits: [...e.visits] });
    }
  }
  return { touchpoints, evidence };
}

/**
 * Respondents over the IKC: per perspective the sum of the locations' shown counts, with the summed denominator when
 * every location has one; hidden as soon as one location's count of it is hidden, and the total as soon as one
 * perspective is (either would give a hidden count by subtraction).
 */
export function poolRespondents(sources: ReadonlyArray<PooledSource>, model: ScanModel): LocationReport['respondents'] {
  const byPerspective = PERSPECTIVE_ORDER.flatMap((perspective) => {
    const rows = sources.flatMap((s) =>
      s.report.respondents.byPerspective.filter((r) => r.perspective === perspective),
    );
    if (rows.length === 0) return [];
    if (rows.some((r) => r.suppressed)) return [{ suppressed: true as const, perspective }];
    const shown = rows.flatMap((r) => (r.suppressed ? [] : [r]));
    const sum = (pick: (r: (typeof shown)[number]) => number) => shown.reduce((n, r) => n + pick(r), 0);
    const kind = shown[0]?.denominator?.kind;
    const everyDenominator = kind !== undefined && shown.every((r) => r.denominator?.kind === kind);
    const denominators = everyDenominator ? { [kind]: sum((r) => r.denominator?.count ?? 0) } : {};
    return [
      respondentCount(
        perspective,
        { complete: sum((r) => r.complete), partial: sum((r) => r.partial) },
        denominators,
        model,
      ),
    ];
  });
  const total = byPerspective.some((r) => r.suppressed)
    ? { suppressed: true as const }
    : {
        suppressed: false as const,
        complete: byPerspective.reduce((n, r) => n + (r.suppressed ? 0 : r.complete), 0),
        partial: byPerspective.reduce((n, r) => n + (r.suppressed ? 0 : r.partial), 0),
      };
  return { byPerspective, total };
}
