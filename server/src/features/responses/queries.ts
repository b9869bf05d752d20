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
