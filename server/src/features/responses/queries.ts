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

/** The response's link and status, locked for the rest of the transaction so concurrent saves queue up. */
export async function lockResponseHead(
  sql: Sql,
  id: string,
): Promise<{ linkId: string; status: ResponseStatus } | undefined> {
  const [row] = await sql<{ linkId: string; status: ResponseStatus }[]>`
    select link_id as "linkId", status from responses where id = ${id} for update`;
  return row;
}

/**
 * Counts a new response against its link's budget for the current minute and returns the count so far. The
 * counter lives in the database, so the limit holds across server processes.
 */
export async function countNewResponse(sql: Sql, linkId: string, at: Date): Promise<number> {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  const [row] = await sql<{ n: number }[]>`
    insert into link_traffic (link_id, minute, new_responses) values (${linkId}, ${minute}, 1)
    on conflict (link_id, minute) do update set new_responses = link_traffic.new_responses + 1
    returning new_responses as n`;
  return row?.n ?? 1;
}
