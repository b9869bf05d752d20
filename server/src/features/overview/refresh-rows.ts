import type { AppDeps } from '../../platform/context';
import type { Sql } from '../../platform/db';
import type { Job } from '../../platform/jobs';
import { OVERVIEW_ROW_REVISION, restoreRow } from './location-scores';

/**
 * Locations whose stored overview row is not what the publications and the current code say it should be: written by
 * an earlier revision, read from a publication that is no longer the one in force, missing while a report is
 * published, or present while none is (the hook writes these at once; a hook that failed leaves them to the job).
 */
export async function findStaleLocations(sql: Sql, limit: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select loc.id
      from locations loc
      left join location_scores s on s.location_id = loc.id
      left join lateral (
        select r.id from rounds r
         where r.location_id = loc.id and r.status = 'reported'
         order by r.opens_on desc, r.created_at desc limit 1) latest on true
      left join lateral (
        select p.id from report_publications p
         where p.round_id = latest.id and p.retracted_at is null
         order by p.version desc limit 1) pub on true
     where case when pub.id is null then s.location_id is not null
                else s.location_id is null or s.publication_id <> pub.id or s.revision < ${OVERVIEW_ROW_REVISION} end
     order by loc.id
     limit ${limit}`;
  return rows.map((r) => r.id);
}

export type RefreshOptions = {
  /** Locations per batch: each batch is found again, so a run that stops halfway loses at most one batch. */
  batch?: number;
};

/**
 * Writes every stale row again, batch by batch, until none is left; answers how many it wrote. Each row is written
 * in its own transaction under the location's lock (`restoreRow`), so the job and the publication hook may meet on
 * one location in any order. Progress is not kept anywhere: the overview counts the organisation's rows still at an
 * earlier revision, which is what this job makes smaller.
 */
export async function refreshStaleRows(
  deps: Pick<AppDeps, 'sql' | 'logger'>,
  options: RefreshOptions = {},
): Promise<number> {
  const batch = options.batch ?? 200;
  let written = 0;
  // A location whose row cannot be written (a snapshot that no longer parses) is skipped for the rest of the run and
  // named in the log, so one bad publication does not stop the others; the next run tries it again.
  const failed = new Set<string>();
  const done = new Set<string>();
  for (;;) {
    const stale = (await findStaleLocations(deps.sql, batch + failed.size)).filter((id) => !failed.has(id));
    if (stale.length === 0) return written;
    for (const id of stale) {
      // Stale again right after its own write: the two readings of "the publication in force" disagree. Logged
      // rather than written in an endless loop.
      if (done.has(id)) {
        failed.add(id);
        deps.logger.warn('an overview row stays stale after being stored', { locationId: id });
        continue;
      }
      done.add(id);
      try {
        await restoreRow(deps, id);
        written++;
      } catch (err) {
        failed.add(id);
        deps.logger.warn('an overview row could not be stored', { locationId: id, error: String(err) });
      }
    }
  }
}

/** The overview's jobs for the app's job runner (decision 0010): re-storing rows after a revision, in one process. */
export const overviewJobs = (deps: AppDeps): Job[] => [
  {
    name: 'overview.rows',
    run: async () => {
      const written = await refreshStaleRows(deps);
      if (written > 0) deps.logger.info('overview rows stored again', { rows: written });
    },
  },
];
