import {
  type CriterionId,
  effectiveLevels,
  levelText,
  movementLabel,
  type OverviewLocation,
  OverviewLocationSchema,
  type PublishedReport,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, PublicationChange } from '../../platform/context';
import { asJson, type Sql } from '../../platform/db';
import { currentPublication, type Publication } from '../reports/publication-queries';
import { findLatestPublishedRound } from './queries';

export type ScoredLocation = Pick<OverviewLocation, 'cells' | 'baseline'>;
const ScoredLocationSchema = OverviewLocationSchema.pick({ cells: true, baseline: true });

/**
 * The overview cells of one location, read from its published report (already suppressed, with the researcher's
 * levels where they set one) and the publication of the round before, when there is one. Nothing is scored here:
 * the overview shows exactly what the published report shows.
 */
export function cellsFromPublication(
  criteria: ReadonlyArray<{ id: CriterionId }>,
  published: PublishedReport | undefined,
  before: PublishedReport | undefined,
): ScoredLocation {
  if (!published) return { baseline: null, cells: criteria.map(({ id }) => emptyCell(id)) };
  const after = effectiveLevels(published.report.overall, published.judgement);
  const earlier = before ? effectiveLevels(before.report.overall, before.judgement) : undefined;
  const baseline = published.comparison?.baseline;
  return {
    baseline: baseline ? { id: baseline.id, opensOn: baseline.opensOn } : null,
    cells: criteria.map(({ id }) => {
      const now = after.find((e) => e.criterion === id);
      const level = now?.level ?? null;
      const moved = published.comparison?.result.overall.find((o) => o.criterion === id);
      const was = earlier?.find((e) => e.criterion === id)?.level ?? moved?.before?.level ?? null;
      const change = was !== null && level !== null ? level - was : null;
      return {
        criterion: id,
        level,
        label: levelText(level),
        adjusted: now?.adjusted !== null && now?.adjusted !== undefined,
        movement: published.comparison
          ? { before: was, after: level, levelChange: change, label: movementLabel(was, level, change) }
          : null,
      };
    }),
  };
}

const emptyCell = (criterion: CriterionId) => ({
  criterion,
  level: null,
  label: levelText(null),
  adjusted: false,
  movement: null,
});

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

/** A stored row belongs to exactly one publication: a retraction or a new version makes it stale. */
export const fingerprintOf = (publication: Pick<Publication, 'id'>) => `publication:${publication.id}`;

async function storeLocationScore(sql: Sql, locationId: string, fingerprint: string, scored: ScoredLocation) {
  await sql`
    insert into location_scores (location_id, fingerprint, scored)
    values (${locationId}, ${fingerprint}, ${asJson(sql, scored)})
    on conflict (location_id) do update set fingerprint = excluded.fingerprint, scored = excluded.scored`;
}

/** The row of a location's latest published round, read from the publications and stored for every process. */
export async function storeRowOf(
  deps: Pick<AppDeps, 'sql'>,
  locationId: string,
  publication: Publication,
): Promise<ScoredLocation> {
  const baselineId = publication.snapshot.comparison?.baseline.id;
  const before = baselineId ? await currentPublication(deps.sql, baselineId) : undefined;
  const scored = cellsFromPublication(loadScanModel().criteria, publication.snapshot, before?.snapshot);
  await storeLocationScore(deps.sql, locationId, fingerprintOf(publication), scored);
  return scored;
}

/**
 * The overview's listener: when a report is published or retracted, the location's row is written again from its
 * latest published round (or removed when it has none), so the municipality's view only reads.
 */
export async function onPublicationChanged(deps: AppDeps, change: PublicationChange): Promise<void> {
  const latest = await findLatestPublishedRound(deps.sql, change.locationId);
  const publication = latest ? await currentPublication(deps.sql, latest.id) : undefined;
  if (!latest || !publication) {
    await deps.sql`delete from location_scores where location_id = ${change.locationId}`;
    return;
  }
  await storeRowOf(deps, change.locationId, publication);
}
