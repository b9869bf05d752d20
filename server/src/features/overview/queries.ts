import type { OverviewFilter, PlanState } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleLocation, visibleOrganisation } from '../../platform/scope';
import { likePattern } from '../../platform/sql';
import { OVERVIEW_ROW_REVISION } from './location-scores';

export async function findOrganisation(
  sql: Sql,
  user: SessionUser,
  organisationId: string,
): Promise<{ id: string; name: string } | undefined> {
  const [row] = await sql<{ id: string; name: string }[]>`
    select o.id, o.name from organisations o where o.id = ${organisationId} and ${visibleOrganisation(sql, user)}`;
  return row;
}

type RoundHead = {
  id: string;
  name: string | null;
  kind: 'baseline' | 'follow_up';
  status: 'closed' | 'reported';
  opensOn: string;
  closesOn: string;
  rawDataDeletedOn: string | null;
};

/** One location of the overview as stored and counted: its row, its latest plan, and its rounds. */
export type OverviewLocationRow = {
  ikcId: string;
  ikc: string;
  locationId: string;
  location: string;
  /** The stored row: levels by criterion and the cells as stored; null when the location has no row. */
  levels: Record<string, number | null> | null;
  scored: unknown;
  /** The latest round with a published report. */
  round: (RoundHead & { status: 'reported' }) | null;
  /** A later round that has closed but whose report is not published yet. */
  pending: (RoundHead & { status: 'closed' }) | null;
  /** The latest plan of action (by the date of the round it started from), with its status on `today`. */
  plan: {
    id: string;
    title: string;
    roundId: string;
    goals: number;
    actionsDone: number;
    actionsTotal: number;
    overdue: number;
  } | null;
};

/** What a query over the organisation's locations needs besides the filter. */
export type OverviewScope = { user: SessionUser; organisationId: string; today: string };

/**
 * The latest plan of the location `loc` with its status counted as `planStatus` counts it: goals, actions that count
 * (all but stopped), those done, and those planned or under way past their due day.
 */
const latestPlan = (sql: Sql, today: string) => sql`
  select p.id, p.title, p.round_id,
         (select count(*) from plan_goals g where g.plan_id = p.id)::int as goals, a.done, a.total, a.overdue
    from plans p
    join rounds pr on pr.id = p.round_id
    cross join lateral (
      select count(*) filter (where x.status = 'done')::int as done,
             count(*) filter (where x.status <> 'stopped')::int as total,
             count(*) filter (where x.status in ('planned', 'in_progress') and x.due_on < ${today}::date)::int as overdue
        from plan_goals g join plan_actions x on x.goal_id = g.id
       where g.plan_id = p.id) a
   where p.location_id = loc.id
   order by pr.opens_on desc, p.created_at desc
   limit 1`;

/** `planState` (shared/src/plans/plan-status.ts) in SQL, over the columns of `latestPlan` as `pl`. */
const planStateSql = (sql: Sql) => sql`
  case when pl.id is null then 'none' when pl.overdue > 0 then 'overdue'
       when pl.total > 0 and pl.done = pl.total then 'done' else 'running' end`;

const levelValue = (level: NonNullable<OverviewFilter['level']>) => (level === 'none' ? 0 : Number(level));

/**
 * The active locations of the organisation the user may see and the filter keeps, as a subquery (`loc`'s id, name,
 * IKC, stored levels and row; its latest plan when `plans`), optionally of the given IKCs only. A level filter reads
 * the stored levels, where a location without a published report counts as "geen gegevens" (as the overview shows
 * it); a plan filter follows `planState`.
 */
function keptLocations(
  sql: Sql,
  scope: OverviewScope,
  filter: OverviewFilter,
  options: { plans: boolean; ikcIds?: string[] },
) {
  const plans = options.plans || filter.plan !== undefined;
  return sql`
    select loc.id, loc.name, loc.ikc_id, i.name as ikc_name, s.levels, s.scored,
           ${
             plans
               ? sql`pl.id as plan_id, pl.title as plan_title, pl.round_id as plan_round_id, pl.goals, pl.done,
                         pl.total, pl.overdue`
               : sql`null::uuid as plan_id, 0 as overdue`
           }
      from ikcs i
      join locations loc on loc.ikc_id = i.id
      left join location_scores s on s.location_id = loc.id
      ${plans ? sql`left join lateral (${latestPlan(sql, scope.today)}) pl on true` : sql``}
     where i.organisation_id = ${scope.organisationId} and i.archived_at is null and loc.archived_at is null
       and ${visibleLocation(sql, scope.user)}
       ${filter.q ? sql`and i.name ilike ${likePattern(filter.q)}` : sql``}
       ${filter.ikcId ? sql`and i.id = ${filter.ikcId}` : sql``}
       ${options.ikcIds ? sql`and i.id = any(${options.ikcIds}::uuid[])` : sql``}
       ${
         filter.criterion && filter.level
           ? sql`and coalesce((s.levels ->> ${filter.criterion})::int, 0) = ${levelValue(filter.level)}`
           : sql``
       }
       ${filter.plan ? sql`and ${planStateSql(sql)} = ${filter.plan satisfies PlanState}` : sql``}`;
}

/** The IKCs' order: the chosen key in the chosen direction, then name and id so pages never overlap. */
function ikcOrder(sql: Sql, filter: OverviewFilter) {
  const dir = sql.unsafe(filter.dir === 'desc' ? 'desc' : 'asc');
  switch (filter.sort) {
    case 'name':
      return sql`k.ikc_name ${dir}, k.ikc_id ${dir}`;
    case 'locations':
      return sql`count(*) ${dir}, k.ikc_name, k.ikc_id`;
    case 'overdue':
      return sql`coalesce(sum(k.overdue), 0) ${dir}, k.ikc_name, k.ikc_id`;
    default:
      // A criterion: the mean level of the kept locations that have one; IKCs with none come last either way.
      return sql`avg((k.levels ->> ${filter.sort})::int) ${dir} nulls last, k.ikc_name, k.ikc_id`;
  }
}

export type IkcPage = {
  items: Array<{ id: string; name: string; locationCount: number }>;
  /** IKCs and locations the filter keeps, over all pages. */
  total: number;
  matching: number;
};

/** One page of the IKCs that keep at least one location, sorted and counted in one query. */
export async function pageIkcs(
  sql: Sql,
  scope: OverviewScope,
  filter: OverviewFilter,
  paging: { page: number; pageSize: number },
): Promise<IkcPage> {
  const plans = filter.sort === 'overdue';
  const rows = await sql<Array<{ id: string; name: string; locationCount: number; total: number; matching: number }>>`
    select k.ikc_id as id, k.ikc_name as name, count(*)::int as "locationCount",
           (count(*) over ())::int as total, (sum(count(*)) over ())::int as matching
      from (${keptLocations(sql, scope, filter, { plans })}) k
     group by k.ikc_id, k.ikc_name
     order by ${ikcOrder(sql, filter)}
     limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize}`;
  const [first] = rows;
  if (first) return { items: rows.map(({ id, name, locationCount }) => ({ id, name, locationCount })), ...first };
  // Past the last page: the totals still say how many there are.
  const [count] = await sql<{ total: number; matching: number }[]>`
    select count(distinct k.ikc_id)::int as total, count(*)::int as matching
      from (${keptLocations(sql, scope, filter, { plans: false })}) k`;
  return { items: [], total: count?.total ?? 0, matching: count?.matching ?? 0 };
}

const roundJson = (sql: Sql) => sql`json_build_object('id', r.id, 'name', r.name, 'kind', r.kind,
  'status', r.status, 'opensOn', r.opens_on, 'closesOn', r.closes_on, 'rawDataDeletedOn', r.raw_data_deleted_on)`;

/**
 * The kept locations with everything a row of the overview shows, of the given IKCs (in that order) or of all the
 * organisation's (by IKC name): the stored row, the latest published round, a later closed one, the latest plan.
 */
function locationRowsQuery(sql: Sql, scope: OverviewScope, filter: OverviewFilter, ikcIds?: string[]) {
  return sql<OverviewLocationRow[]>`
    select k.ikc_id as "ikcId", k.ikc_name as ikc, k.id as "locationId", k.name as location, k.levels, k.scored,
           pub.round,
           (select ${roundJson(sql)} from rounds r
             where r.location_id = k.id and r.status = 'closed'
               and (pub.opens_on is null or r.opens_on > pub.opens_on)
             order by r.opens_on desc, r.created_at desc limit 1) as pending,
           case when k.plan_id is null then null
                else json_build_object('id', k.plan_id, 'title', k.plan_title, 'roundId', k.plan_round_id,
                                       'goals', k.goals, 'actionsDone', k.done, 'actionsTotal', k.total,
                                       'overdue', k.overdue) end as plan
      from (${keptLocations(sql, scope, filter, { plans: true, ikcIds })}) k
      left join lateral (
        select ${roundJson(sql)} as round, r.opens_on
          from rounds r
         where r.location_id = k.id and r.status = 'reported'
         order by r.opens_on desc, r.created_at desc limit 1) pub on true
     order by ${ikcIds ? sql`array_position(${ikcIds}::uuid[], k.ikc_id)` : sql`k.ikc_name, k.ikc_id`}, k.name, k.id`;
}

/** The kept locations of the given IKCs, in the IKCs' order, then by location name. */
export function listLocationRows(sql: Sql, scope: OverviewScope, filter: OverviewFilter, ikcIds: string[]) {
  return locationRowsQuery(sql, scope, filter, ikcIds);
}

/** Every kept location of the organisation in batches through a cursor: the XLSX holds one batch at a time. */
export function locationRowsCursor(sql: Sql, scope: OverviewScope, filter: OverviewFilter, batchSize = 500) {
  return locationRowsQuery(sql, scope, filter).cursor(batchSize);
}

/** All active locations of the given IKCs the user may see, whatever the filter. */
export async function countIkcLocations(sql: Sql, user: SessionUser, ikcIds: string[]): Promise<Map<string, number>> {
  if (ikcIds.length === 0) return new Map();
  const rows = await sql<{ ikcId: string; n: number }[]>`
    select loc.ikc_id as "ikcId", count(*)::int as n
      from ikcs i join locations loc on loc.ikc_id = i.id
     where i.id = any(${ikcIds}::uuid[]) and loc.archived_at is null and ${visibleLocation(sql, user)}
     group by loc.ikc_id`;
  return new Map(rows.map((r) => [r.ikcId, r.n]));
}

/**
 * The organisation's active locations the user may see, their stored rows, and how many of those an earlier
 * revision wrote (the background job is writing them again).
 */
export async function countOrganisationRows(
  sql: Sql,
  user: SessionUser,
  organisationId: string,
): Promise<{ locations: number; rows: number; stale: number }> {
  const [row] = await sql<{ locations: number; rows: number; stale: number }[]>`
    select count(*)::int as locations, count(s.location_id)::int as rows,
           count(*) filter (where s.revision < ${OVERVIEW_ROW_REVISION})::int as stale
      from ikcs i
      join locations loc on loc.ikc_id = i.id
      left join location_scores s on s.location_id = loc.id
     where i.organisation_id = ${organisationId} and i.archived_at is null and loc.archived_at is null
       and ${visibleLocation(sql, user)}`;
  return row ?? { locations: 0, rows: 0, stale: 0 };
}

/** An active IKC of the organisation the user may see at least one location of. */
export async function findIkc(sql: Sql, user: SessionUser, organisationId: string, ikcId: string) {
  const [row] = await sql<{ id: string }[]>`
    select i.id from ikcs i
     where i.id = ${ikcId} and i.organisation_id = ${organisationId} and i.archived_at is null
       and exists (select 1 from locations loc where loc.ikc_id = i.id and ${visibleLocation(sql, user)})`;
  return row;
}
