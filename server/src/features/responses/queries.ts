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

export type SaveOutcome = {
  /** The stored status, or undefined when nothing was written. */
  saved?: ResponseStatus;
  /** The response as it was before this statement, if it existed. */
  existing?: { linkId: string; status: ResponseStatus };
};

/**
 * The save of a response without a single-use code in one statement, so a submission costs one round trip and
 * one commit: look up the response, then insert it (when `allowNew`: the link's budget allowed a new one) or
 * replace it while it is partial. Concurrent retries of one id still store it once: the conflict clause never
 * touches a complete response or another link's.
 */
export async function saveResponseAtOnce(sql: Sql, r: ResponseInput, allowNew: boolean): Promise<SaveOutcome> {
  const [row] = await sql<
    { saved: ResponseStatus | null; existingLink: string | null; existingStatus: ResponseStatus | null }[]
  >`
    with existing as (
      select link_id, status from responses where id = ${r.id}
    ), saved as (
      insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version,
                             locale, answers, status, received_on)
      select ${r.id}, ${r.linkId}, ${r.roundId}, ${r.audience}, ${r.instrumentKey}, ${r.instrumentVersion},
             ${r.locale}, ${asJson(sql, r.answers)}, ${r.status}, ${r.receivedOn}
       where exists (select from existing e where e.status = 'partial' and e.link_id = ${r.linkId})
          or (${allowNew} and not exists (select from existing))
      on conflict (id) do update
         set answers = excluded.answers, status = excluded.status, locale = excluded.locale,
             received_on = excluded.received_on
       where responses.status = 'partial' and responses.link_id = excluded.link_id
      returning status
    )
    select (select status from saved) as saved,
           (select link_id from existing) as "existingLink",
           (select status from existing) as "existingStatus"`;
  return {
    saved: row?.saved ?? undefined,
    existing:
      row?.existingLink && row.existingStatus ? { linkId: row.existingLink, status: row.existingStatus } : undefined,
  };
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
