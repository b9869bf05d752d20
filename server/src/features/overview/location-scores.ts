import {
  type CriterionId,
  levelText,
  movementLabel,
  type OverviewLocation,
  OverviewLocationSchema,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, RoundStatusChange } from '../../platform/context';
import { asJson, type Sql } from '../../platform/db';
import { buildRoundReport, type RoundReport } from '../reports/build-report';
import { findLatestClosedRound, locationFingerprints } from './queries';

export type ScoredLocation = Pick<OverviewLocation, 'cells' | 'baseline'>;
const ScoredLocationSchema = OverviewLocationSchema.pick({ cells: true, baseline: true });

/**
 * Raise when scoring or the overview cell changes in a way the inputs cannot show (a new rule in shared/scoring):
 * every stored row then counts as stale and is scored again on its next view. scoring-revision.test.ts fails when
 * the cells of a fixed location change while this number does not.
 */
export const SCORING_REVISION = 1;

/** What a location's overview row is scored from; compared with the stored row's to decide whether to rescore. */
export const fingerprintOf = (roundId: string, locationPart: string) =>
  `${SCORING_REVISION}/${roundId}/${locationPart}`;

/** The overview cells of one location from its report (already suppressed) and the comparison with the round before. */
export function scoredCells(
  criteria: ReadonlyArray<{ id: CriterionId }>,
  built: RoundReport | undefined,
): ScoredLocation {
  return {
    baseline: built?.comparison
      ? { id: built.comparison.baseline.id, opensOn: built.comparison.baseline.opensOn }
      : null,
    cells: criteria.map(({ id }) => {
      const level = built?.report.overall.find((o) => o.criterion === id)?.level ?? null;
      const moved = built?.comparison?.result.overall.find((o) => o.criterion === id);
      return {
        criterion: id,
        level,
        label: levelText(level),
        movement: moved
          ? {
              before: moved.before?.level ?? null,
              after: moved.after?.level ?? null,
              levelChange: moved.levelChange,
              label: movementLabel(moved.before?.level ?? null, moved.after?.level ?? null, moved.levelChange),
            }
          : null,
      };
    }),
  };
}

export async function readLocationScores(
  sql: Sql,
  locationIds: string[],
): Promise<Map<string, { fingerprint: string; scored: ScoredLocation }>> {
  if (locationIds.length === 0) return new Map();
  const rows = await sql<{ locationId: string; fingerprint: string; scored: unknown }[]>`
    select location_id as "locationId", fingerprint, scored from location_scores
     where location_id = any(${locationIds}::uuid[])`;
  const out = new Map<string, { fingerprint: string; scored: ScoredLocation }>();
  for (const row of rows) {
    // A row another version wrote in another shape is simply stale.
    const parsed = ScoredLocationSchema.safeParse(row.scored);
    if (parsed.success) out.set(row.locationId, { fingerprint: row.fingerprint, scored: parsed.data });
  }
  return out;
}

export async function storeLocationScore(sql: Sql, locationId: string, fingerprint: string, scored: ScoredLocation) {
  await sql`
    insert into location_scores (location_id, fingerprint, scored)
    values (${locationId}, ${fingerprint}, ${asJson(sql, scored)})
    on conflict (location_id) do update set fingerprint = excluded.fingerprint, scored = excluded.scored`;
}

/** Scores a location's overview row from its round's report and stores it for every process. */
export async function scoreAndStore(
  deps: AppDeps,
  criteria: ReadonlyArray<{ id: CriterionId }>,
  target: { locationId: string; roundId: string; fingerprint: string },
): Promise<ScoredLocation> {
  const { locationId, roundId, fingerprint } = target;
  const scored = scoredCells(criteria, await buildRoundReport(deps, roundId));
  await storeLocationScore(deps.sql, locationId, fingerprint, scored);
  return scored;
}

/**
 * Stores a location's overview row as it stands now: called when one of its rounds closes or is reported, so the
 * municipality's first view reads instead of scoring. A failure here only means the view scores it later.
 */
/** The overview's listener: a location's row is stored again when one of its rounds closes or is reported. */
export async function refreshOnRoundChange(deps: AppDeps, change: RoundStatusChange): Promise<void> {
  if (change.to === 'closed' || change.to === 'reported') await refreshLocationScore(deps, change.locationId);
}

export async function refreshLocationScore(deps: AppDeps, locationId: string): Promise<void> {
  try {
    const latest = await findLatestClosedRound(deps.sql, locationId);
    if (!latest) return;
    const fingerprints = await locationFingerprints(deps.sql, [locationId]);
    const fingerprint = fingerprintOf(latest.id, fingerprints.get(locationId) ?? '');
    await scoreAndStore(deps, loadScanModel().criteria, { locationId, roundId: latest.id, fingerprint });
  } catch (err) {
    deps.logger.warn('overview row not stored', { error: String(err) });
  }
}
