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

export type ScoredLocation = Pick<OverviewLocation, 'cells' | 'baseline'>;
const ScoredLocationSchema = OverviewLocationSchema.pick({ cells: true, baseline: true });

/**
 * How a stored row is derived from the publications. Raise it when `cellsFromPublication` (or what is stored beside
 * it) changes what a row holds: the background job (`refresh-rows.ts`) then writes every row again, and the overview
 * shows the earlier revision's rows until it has. A publication itself never changes, so nothing else makes a row
 * stale except a new publication or a retraction, which the publication hook handles at once.
 */
export const OVERVIEW_ROW_REVISION = 1;

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
  if (!published) return emptyRow(criteria);
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

/** A location without a published report (or whose stored row cannot be read): "geen gegevens" everywhere. */
export const emptyRow = (criteria: ReadonlyArray<{ id: CriterionId }>): ScoredLocation => ({
  baseline: null,
  cells: criteria.map(({ id }) => ({
    criterion: id,
    level: null,
    label: levelText(null),
    adjusted: false,
    movement: null,
  })),
});

/** A stored row as the overview shows it; a row an older version wrote in another shape shows as empty. */
export function parseStoredRow(criteria: ReadonlyArray<{ id: CriterionId }>, scored: unknown): ScoredLocation {
  const parsed = ScoredLocationSchema.safeParse(scored);
  return parsed.success ? parsed.data : emptyRow(criteria);
}

/** The levels of a row by criterion, `{"C1": 2, "C2": null}`: what the overview counts, filters and sorts on. */
const levelsOf = (scored: ScoredLocation) => Object.fromEntries(scored.cells.map((c) => [c.criterion, c.level]));

/**
 * Writes the row of a location's latest published round again, or removes it when the location has none. The
 * location's row is locked first (`for no key update`: inserts that merely reference the location are not blocked),
 * and the publication in force is read under that lock: the publication hook and the background job, in any number
 * of processes, take turns per location, and whichever writes last read the latest publication. Answers whether a row
 * is stored now.
 */
export async function restoreRow(deps: Pick<AppDeps, 'sql'>, locationId: string): Promise<boolean> {
  return deps.sql.begin(async (tx) => {
    await tx`select 1 from locations where id = ${locationId} for no key update`;
    const [latest] = await tx<{ id: string }[]>`
      select id from rounds where location_id = ${locationId} and status = 'reported'
       order by opens_on desc, created_at desc limit 1`;
    const publication = latest ? await currentPublication(tx, latest.id) : undefined;
    if (!publication) {
      await tx`delete from location_scores where location_id = ${locationId}`;
      return false;
    }
    await storeRow(tx, locationId, publication);
    return true;
  });
}

async function storeRow(sql: Sql, locationId: string, publication: Publication): Promise<void> {
  const baselineId = publication.snapshot.comparison?.baseline.id;
  const before = baselineId ? await currentPublication(sql, baselineId) : undefined;
  const scored = cellsFromPublication(loadScanModel().criteria, publication.snapshot, before?.snapshot);
  await sql`
    insert into location_scores (location_id, publication_id, revision, levels, scored)
    values (${locationId}, ${publication.id}, ${OVERVIEW_ROW_REVISION}, ${asJson(sql, levelsOf(scored))},
            ${asJson(sql, scored)})
    on conflict (location_id) do update
      set publication_id = excluded.publication_id, revision = excluded.revision, levels = excluded.levels,
          scored = excluded.scored`;
}

/**
 * The overview's listener: when a report is published or retracted, the location's row is written again from its
 * latest published round (or removed when it has none), so the municipality's view only reads. A listener that
 * fails is logged; the background job finds the row stale and writes it on its next run.
 */
export async function onPublicationChanged(deps: AppDeps, change: PublicationChange): Promise<void> {
  await restoreRow(deps, change.locationId);
}
