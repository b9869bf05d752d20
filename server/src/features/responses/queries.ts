import type { Answers, Audience, ResponseStatus } from '@driehoek/shared';
import { asJson, type Sql } from '../../platform/db';

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

/** A response to save on a link without single-use codes; `allowNew`: the link's budget takes a new one. */
export type SaveItem = { row: ResponseInput; allowNew: boolean };

/**
 * Saves responses without single-use codes, any number in one statement: look each one up, then insert it (when
 * `allowNew`) or replace it while it is partial. One statement and one commit for many submissions is what lets
 * PostgreSQL keep up with a busy round (see SaveBatcher). Concurrent retries of one id still store it once: the
 * conflict clause never touches a complete response or another link's. Ids must be distinct within one call.
 */
export async function saveResponsesAtOnce(sql: Sql, items: SaveItem[]): Promise<SaveOutcome[]> {
  // The whole batch as one jsonb parameter: one JSON.stringify, where eleven array parameters escaped every answer.
  const batch = items.map(({ row: r, allowNew }) => ({
    id: r.id,
    link_id: r.linkId,
    round_id: r.roundId,
    audience: r.audience,
    instrument_key: r.instrumentKey,
    instrument_version: r.instrumentVersion,
    locale: r.locale,
    answers: r.answers,
    status: r.status,
    received_on: r.receivedOn,
    allow_new: allowNew,
  }));
  const rows = await sql<
    {
      id: string;
      saved: ResponseStatus | null;
      existingLink: string | null;
      existingStatus: ResponseStatus | null;
    }[]
  >`
    with input as (
      select * from jsonb_to_recordset(${asJson(sql, batch)})
        as t(id uuid, link_id text, round_id uuid, audience text, instrument_key text, instrument_version int,
             locale text, answers jsonb, status text, received_on date, allow_new boolean)
    ), existing as (
      -- One index lookup per id, written so that no plan can do otherwise: a prepared statement keeps the plan
      -- made while the table was empty, and for an empty table PostgreSQL prefers scanning it whole (a fresh
      -- install without autovacuum then scanned the growing table on every batch, at half the speed).
      select i.id, r.link_id, r.status
        from input i cross join lateral (select r.link_id, r.status from responses r where r.id = i.id limit 1) r
    ), saved as (
      insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version,
                             locale, answers, status, received_on)
      select i.id, i.link_id, i.round_id, i.audience, i.instrument_key, i.instrument_version,
             i.locale, i.answers, i.status, i.received_on
        from input i left join existing e on e.id = i.id
       where (e.id is null and i.allow_new) or (e.status = 'partial' and e.link_id = i.link_id)
      on conflict (id) do update
         set answers = excluded.answers, status = excluded.status, locale = excluded.locale,
             received_on = excluded.received_on
       where responses.status = 'partial' and responses.link_id = excluded.link_id
      returning id, status
    )
    select i.id, s.status as saved, e.link_id as "existingLink", e.status as "existingStatus"
      from input i left join saved s on s.id = i.id left join existing e on e.id = i.id`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return items.map(({ row }) => {
    const r = byId.get(row.id.toLowerCase());
    return {
      saved: r?.saved ?? undefined,
      existing: r?.existingLink && r.existingStatus ? { linkId: r.existingLink, status: r.existingStatus } : undefined,
    };
  });
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
