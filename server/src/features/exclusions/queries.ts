import type { Burst, ReviewedResponse } from '@driehoek/shared';
import type { Sql } from '../../platform/db';

/**
 * Every response of the round with what helps judge it: how much it answered, how many others gave exactly the same
 * answers, the burst it arrived in and whether it is excluded. Never the answers themselves.
 */
export async function listReviewedResponses(sql: Sql, roundId: string): Promise<ReviewedResponse[]> {
  return sql<ReviewedResponse[]>`
    select r.id, r.audience, r.status, r.received_on as "receivedOn", r.locale,
           (select count(*) from jsonb_object_keys(r.answers))::int as answered,
           (count(*) over (partition by r.audience, r.status, md5(r.answers::text)) - 1)::int as "sameAnswers",
           b.burst,
           case when x.response_id is null then null
                else json_build_object('reason', x.reason, 'on', x.excluded_on, 'by', u.name) end as excluded
      from responses r
      left join response_bursts b on b.response_id = r.id
      left join response_exclusions x on x.response_id = r.id
      left join users u on u.id = x.excluded_by
     where r.round_id = ${roundId}
     order by r.received_on, array_position(array['parents', 'professionals', 'children'], r.audience), r.id`;
}

/** The round's bursts, largest first. */
export async function listBursts(sql: Sql, roundId: string): Promise<Burst[]> {
  return sql<Burst[]>`
    select b.burst as id, r.audience, count(*)::int as responses,
           count(*) filter (where r.status = 'complete')::int as complete, count(x.response_id)::int as excluded
      from response_bursts b join responses r on r.id = b.response_id
      left join response_exclusions x on x.response_id = r.id
     where r.round_id = ${roundId}
     group by b.burst, r.audience
     order by count(*) desc, b.burst`;
}

/** Of `ids`, those that are no response of the round. */
export async function notInRound(sql: Sql, roundId: string, ids: readonly string[]): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select i.id::text from unnest(${ids as string[]}::uuid[]) as i(id)
     where not exists (select 1 from responses r where r.id = i.id and r.round_id = ${roundId})`;
  return rows.map((r) => r.id);
}

/** The responses of the round that arrived in the burst. */
export async function burstResponseIds(sql: Sql, roundId: string, burst: string): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select r.id::text from response_bursts b join responses r on r.id = b.response_id
     where b.burst = ${burst} and r.round_id = ${roundId} order by r.id`;
  return rows.map((r) => r.id);
}

/** Excludes the responses (a new reason replaces an earlier one); answers how many were not excluded before. */
export async function excludeResponses(
  sql: Sql,
  p: { ids: readonly string[]; reason: string; userId: string; on: string },
): Promise<number> {
  const rows = await sql<{ fresh: boolean }[]>`
    insert into response_exclusions (response_id, reason, excluded_by, excluded_on)
    select id, ${p.reason}, ${p.userId}, ${p.on} from unnest(${p.ids as string[]}::uuid[]) as i(id)
    on conflict (response_id) do update
       set reason = excluded.reason, excluded_by = excluded.excluded_by, excluded_on = excluded.excluded_on
    returning (xmax = 0) as fresh`;
  return rows.filter((r) => r.fresh).length;
}

/** Counts the responses in again; answers how many were excluded. */
export async function includeResponses(sql: Sql, ids: readonly string[]): Promise<number> {
  const result = await sql`delete from response_exclusions where response_id = any(${ids as string[]}::uuid[])`;
  return result.count;
}
