import { type RoundStatus, scheduledMove, transitionProblem } from '@driehoek/shared';
import { recordAudit } from '../../platform/audit';
import type { AppDeps } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import type { Job } from '../../platform/jobs';
import { moveRound } from './move-round';

type DueRound = {
  id: string;
  locationId: string;
  status: RoundStatus;
  opensOn: string;
  closesOn: string;
  /** The instant the closing day ends in the Netherlands. */
  closesAt: Date;
  reopenedSinceDates: boolean;
};

/**
 * Rounds the scheduler may have to move on `today`: in preparation within their dates (at a location in use), or
 * open past their closing day. Found from the database each run, so a run after downtime catches up.
 * `reopenedSinceDates`: the round's last move to open came from closed (a researcher reopened it) and its dates have
 * not been saved since (audit ids are in commit order, so no clock is compared).
 */
async function dueRounds(deps: AppDeps, today: string): Promise<DueRound[]> {
  const { sql } = deps;
  return sql<DueRound[]>`
    select r.id, r.location_id as "locationId", r.status, r.opens_on as "opensOn", r.closes_on as "closesOn",
           ((r.closes_on + 1)::timestamp at time zone 'Europe/Amsterdam') as "closesAt",
           coalesce(last_open.reopened and not exists (
             select 1 from audit_log d
              where d.action = 'round.dates' and d.target_type = 'round' and d.target_id = r.id::text
                and d.id > last_open.id), false) as "reopenedSinceDates"
      from rounds r join locations loc on loc.id = r.location_id
      left join lateral (
        select t.id, t.details ->> 'from' = 'closed' as reopened from audit_log t
         where t.action = 'round.transition' and t.target_type = 'round' and t.target_id = r.id::text
           and t.details ->> 'to' = 'open'
         order by t.id desc limit 1) last_open on r.status = 'open'
     where (r.status = 'draft' and r.opens_on <= ${today} and r.closes_on >= ${today} and loc.archived_at is null)
        or (r.status = 'open' and r.closes_on < ${today})
     order by r.opens_on, r.id`;
}

/**
 * Opens rounds on their opening day and closes them after their closing day, with no one clicking: the same
 * `moveRound` as a researcher's click (sealing, overview, link cache), with no user in the audit log and a
 * `round.scheduled` entry beside it saying the scheduler did it. A round closed late (after downtime) is closed as of
 * the end of its closing day, so the grace period for people still answering does not start again.
 */
export async function runRoundSchedule(deps: AppDeps): Promise<{ opened: string[]; closed: string[] }> {
  const now = deps.now();
  const today = dutchDate(now);
  const done = { opened: [] as string[], closed: [] as string[] };
  for (const round of await dueRounds(deps, today)) {
    const to = scheduledMove(round, today);
    if (!to || transitionProblem(round.status, to)) continue;
    const at = to === 'closed' && round.closesAt < now ? round.closesAt : now;
    try {
      await moveRound({ ...deps, now: () => at }, undefined, round, to, (tx) =>
        recordAudit(tx, undefined, 'round.scheduled', { type: 'round', id: round.id }, { to, today }),
      );
      (to === 'open' ? done.opened : done.closed).push(round.id);
    } catch (err) {
      // Someone moved it first (a click, or a process that ran before the lock existed): nothing left to do.
      if (err instanceof AppError && err.code === 'conflict') continue;
      deps.logger.warn('scheduled round move failed', { roundId: round.id, to, error: String(err) });
    }
  }
  if (done.opened.length + done.closed.length > 0) {
    deps.logger.info('rounds moved on their dates', { opened: done.opened.length, closed: done.closed.length });
  }
  return done;
}

/** The jobs of the rounds feature, for the app's job runner. */
export const roundJobs = (deps: AppDeps): Job[] => [
  { name: 'rounds.schedule', run: () => runRoundSchedule(deps).then(() => undefined) },
];
