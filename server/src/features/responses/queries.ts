import type { Answers, Audience, ResponseStatus } from '@driehoek/shared';
import { asJson, type Sql } from '../../db';

export type ResponseInput = {
  id: string;
  linkId: string;
  roundId: string;
  audience: Audience;
  instrumentKey: string;
  instrumentVersion: number;
  locale: string;
  answers: Answers;
  status: ResponseStatus;
  receivedOn: string;
};

/**
 * Inserts a response or replaces a partial one, in one statement so concurrent retries of the same id cannot
 * store it twice. A complete response is final: the update's `where` skips it and nothing is returned.
 */
export async function upsertResponse(sql: Sql, r: ResponseInput): Promise<ResponseStatus | undefined> {
  const [row] = await sql<{ status: ResponseStatus }[]>`
    insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version,
                           locale, answers, status, received_on)
    values (${r.id}, ${r.linkId}, ${r.roundId}, ${r.audience}, ${r.instrumentKey}, ${r.instrumentVersion},
            ${r.locale}, ${asJson(sql, r.answers)}, ${r.status}, ${r.receivedOn})
    on conflict (id) do update
       set answers = excluded.answers, status = excluded.status, locale = excluded.locale,
           received_on = excluded.received_on
     where responses.status = 'partial' and responses.link_id = excluded.link_id
    returning status`;
  return row?.status;
}

export async function findResponseHead(
  sql: Sql,
  id: string,
): Promise<{ linkId: string; status: ResponseStatus } | undefined> {
  const [row] = await sql<{ linkId: string; status: ResponseStatus }[]>`
    select link_id as "linkId", status from responses where id = ${id}`;
  return row;
}

/** The response's link and status, locked for the rest of the transaction so concurrent saves queue up. */
export async function lockResponseHead(
  sql: Sql,
  id: string,
): Promise<{ linkId: string; status: ResponseStatus } | undefined> {
  const [row] = await sql<{ linkId: string; status: ResponseStatus }[]>`
    select link_id as "linkId", status from responses where id = ${id} for update`;
  return row;
}

/** Counter rows per link and minute; concurrent submissions rarely wait on the same row. */
export const TRAFFIC_SHARDS = 16;

/**
 * Counts a new response against its link's budget for the current minute and returns the count so far. The
 * counter lives in the database, so the limit holds across server processes; it is spread over shard rows so
 * concurrent submissions do not queue on one row's lock. One statement: the other shards' rows as the statement sees them, plus this shard's new count.
 */
export async function countNewResponse(sql: Sql, linkId: string, at: Date): Promise<number> {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  const shard = Math.floor(Math.random() * TRAFFIC_SHARDS);
  const [row] = await sql<{ n: number }[]>`
    with bump as (
      insert into link_traffic (link_id, minute, shard, new_responses) values (${linkId}, ${minute}, ${shard}, 1)
      on conflict (link_id, minute, shard) do update set new_responses = link_traffic.new_responses + 1
      returning shard, new_responses
    )
    select (b.new_responses + coalesce((
             select sum(t.new_responses) from link_traffic t
              where t.link_id = ${linkId} and t.minute = ${minute} and t.shard <> b.shard), 0))::int as n
      from bump b`;
  return row?.n ?? 1;
}
