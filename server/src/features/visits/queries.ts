import type { Visit } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import { asJson, type Sql } from '../../platform/db';
import { visibleLocation } from '../../platform/scope';

export type VisitInput = {
  id: string;
  roundId: string;
  instrumentKey: string;
  instrumentVersion: number;
  visitedOn: string;
  answers: Record<string, unknown>;
  recordedBy: string;
};

/**
 * Inserts a visit or updates it when it belongs to the same round: one statement, so a retried sync never stores
 * a visit twice. Returns false when the id exists under another round.
 */
export async function upsertVisit(sql: Sql, v: VisitInput): Promise<boolean> {
  const rows = await sql`
    insert into visits (id, round_id, instrument_key, instrument_version, answers, visited_on, recorded_by)
    values (${v.id}, ${v.roundId}, ${v.instrumentKey}, ${v.instrumentVersion}, ${asJson(sql, v.answers)},
            ${v.visitedOn}, ${v.recordedBy})
    on conflict (id) do update
       set answers = excluded.answers, visited_on = excluded.visited_on, instrument_key = excluded.instrument_key,
           instrument_version = excluded.instrument_version, recorded_by = excluded.recorded_by, updated_at = now()
     where visits.round_id = excluded.round_id
    returning id`;
  return rows.length > 0;
}

const visitColumns = (sql: Sql) => sql`
  v.id, v.round_id as "roundId", json_build_object('key', v.instrument_key, 'version', v.instrument_version) as instrument,
  v.visited_on as "visitedOn", v.answers, u.name as "recordedBy",
  to_char(v.updated_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI:SS') as "updatedAt"`;

export async function listVisits(sql: Sql, roundId: string): Promise<Visit[]> {
  return sql<Visit[]>`
    select ${visitColumns(sql)} from visits v left join users u on u.id = v.recorded_by
     where v.round_id = ${roundId} order by v.instrument_key, v.visited_on, v.id`;
}

/** A visit in a round the user may see; undefined for another organisation's visit and for no visit alike. */
export async function findVisit(sql: Sql, user: SessionUser, id: string): Promise<Visit | undefined> {
  const [row] = await sql<Visit[]>`
    select ${visitColumns(sql)}
      from visits v left join users u on u.id = v.recorded_by
      join rounds r on r.id = v.round_id join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
     where v.id = ${id} and ${visibleLocation(sql, user)}`;
  return row;
}

export async function deleteVisit(sql: Sql, id: string): Promise<void> {
  await sql`delete from visits where id = ${id}`;
}
