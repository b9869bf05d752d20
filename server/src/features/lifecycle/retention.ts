import { type RawDataCounts, type RetentionSchedule, retentionOf } from '@driehoek/shared';
import { recordAudit } from '../../platform/audit';
import type { AppDeps } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import type { Sql } from '../../platform/db';
import type { Job } from '../../platform/jobs';

/** A round's first publication day (Dutch date): the retention period runs from it (decision 0015). */
const firstPublishedOn = (sql: Sql) => sql`(
  select (min(p.published_at) at time zone 'Europe/Amsterdam')::date from report_publications p where p.round_id = r.id)`;
const inForce = (sql: Sql) =>
  sql`exists (select 1 from report_publications p where p.round_id = r.id and p.retracted_at is null)`;

/**
 * Deletes a round's raw data in the caller's transaction: responses with their answers (and so their open answers,
 * reviews, exclusions and burst marks), mystery-guest visits and their settlements (and the quotes chosen from them),
 * single-use codes, per-minute traffic and failed code attempts on its links. What stays: the round, its links, the
 * researcher's judgement, the publications with the responses each scored (ids only, for the republication guard and
 * the IKC report), meeting agreements, summaries and plans. The round says from when its raw data is gone.
 */
export async function deleteRawData(tx: Sql, roundId: string, today: string): Promise<RawDataCounts> {
  const responses = (await tx`delete from responses where round_id = ${roundId}`).count;
  const visits = (await tx`delete from visits where round_id = ${roundId}`).count;
  await tx`delete from visit_settlements where round_id = ${roundId}`;
  const codes = (await tx`delete from access_codes where round_id = ${roundId}`).count;
  await tx`delete from link_traffic where link_id in (select id from links where round_id = ${roundId})`;
  await tx`delete from failed_attempts where key in (select 'codes:' || id from links where round_id = ${roundId})`;
  await tx`update rounds set raw_data_deleted_on = ${today} where id = ${roundId}`;
  return { responses, visits, codes };
}

/** Reported rounds whose organisation's retention period has passed since their first publication. */
async function dueRounds(sql: Sql, today: string) {
  return sql<{ id: string; days: number }[]>`
    select r.id, o.retention_days as days
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
      join organisations o on o.id = i.organisation_id
     where r.raw_data_deleted_on is null and o.retention_days is not null and ${inForce(sql)}
       and ${firstPublishedOn(sql)} + o.retention_days <= ${today}::date
     order by r.id`;
}

/**
 * Deletes the raw data of every round whose retention period has passed, one round per transaction, each with an
 * audit entry of the job (no user). Found in the database each run: a run after downtime catches up, one that stops
 * halfway is finished by the next, and a round another process just did is skipped (its row says so).
 */
export async function runRetention(deps: AppDeps): Promise<string[]> {
  const today = dutchDate(deps.now());
  const done: string[] = [];
  for (const round of await dueRounds(deps.sql, today)) {
    const deleted = await deps.sql.begin(async (tx) => {
      const [still] = await tx`select id from rounds where id = ${round.id} and raw_data_deleted_on is null for update`;
      if (!still) return false;
      const counts = await deleteRawData(tx, round.id, today);
      await recordAudit(tx, undefined, 'data.retention', { type: 'round', id: round.id }, { days: round.days, counts });
      return true;
    });
    if (deleted) done.push(round.id);
  }
  if (done.length > 0) deps.logger.info('raw data deleted after the retention period', { rounds: done.length });
  return done;
}

/** The jobs of the lifecycle feature, for the app's job runner (decision 0010). */
export const lifecycleJobs = (deps: AppDeps): Job[] => [
  { name: 'lifecycle.retention', run: () => runRetention(deps).then(() => undefined) },
];

/** What the organisation's rounds hold and when their raw data goes, with `days` (the saved period or a preview). */
export async function retentionSchedule(
  deps: AppDeps,
  organisation: { id: string; name: string; days: number | null },
  previewDays: number | null,
): Promise<RetentionSchedule> {
  const { sql } = deps;
  const today = dutchDate(deps.now());
  const rows = await sql<
    Array<Omit<RetentionSchedule['rounds'][number], 'state' | 'dueOn' | 'holds'> & RawDataCounts & { inForce: boolean }>
  >`
    select r.id as "roundId", loc.name as location, i.name as ikc, r.name, r.kind, r.status, r.opens_on as "opensOn",
           ${firstPublishedOn(sql)} as "firstPublishedOn", ${inForce(sql)} as "inForce",
           r.raw_data_deleted_on as "deletedOn",
           (select count(*) from responses x where x.round_id = r.id)::int as responses,
           (select count(*) from visits v where v.round_id = r.id)::int as visits,
           (select count(*) from access_codes c where c.round_id = r.id)::int as codes
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
     where i.organisation_id = ${organisation.id}
     order by i.name, loc.name, r.opens_on, r.id`;
  return {
    organisationId: organisation.id,
    organisation: organisation.name,
    days: organisation.days,
    previewDays,
    today,
    rounds: rows.map(({ responses, visits, codes, inForce: live, ...r }) => ({
      ...r,
      ...retentionOf(
        { firstPublishedOn: r.firstPublishedOn, inForce: live, deletedOn: r.deletedOn },
        previewDays,
        today,
      ),
      holds: { responses, visits, codes },
    })),
  };
}
