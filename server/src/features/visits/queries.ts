import type { MysteryGuestVisit, SettledCoding, Visit } from '@driehoek/shared';
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
  recordedBy: string | null;
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
     where v.round_id = ${roundId} order by v.instrument_key, v.visited_on, v.created_at, v.id`;
}

/** A visit as scoring and the double-coding review read it: in the order the codings were first stored. */
export type CodedVisit = MysteryGuestVisit & { id: string; visitedOn: string; recordedBy: string | null };

export async function listCodedVisits(sql: Sql, roundId: string): Promise<CodedVisit[]> {
  return sql<CodedVisit[]>`
    select v.id, v.instrument_key as "instrumentKey", v.instrument_version as version, v.answers,
           v.visited_on as "visitedOn", u.name as "recordedBy"
      from visits v left join users u on u.id = v.recorded_by
     where v.round_id = ${roundId} order by v.created_at, v.id`;
}

export type StoredSettlement = SettledCoding & { settledBy: string | null; settledAt: string };

export async function listSettlements(sql: Sql, roundId: string): Promise<StoredSettlement[]> {
  return sql<StoredSettlement[]>`
    select s.instrument_key as "instrumentKey", s.visit_code as "visitCode", s.answers, u.name as "settledBy",
           to_char(s.settled_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI:SS') as "settledAt"
      from visit_settlements s left join users u on u.id = s.settled_by
     where s.round_id = ${roundId}`;
}

/** Stores the researcher's decisions for one double-coded visit, replacing earlier ones. */
export async function upsertSettlement(
  sql: Sql,
  s: { roundId: string; instrumentKey: string; visitCode: string; answers: Record<string, unknown>; settledBy: string },
): Promise<void> {
  await sql`
    insert into visit_settlements (round_id, instrument_key, visit_code, answers, settled_by)
    values (${s.roundId}, ${s.instrumentKey}, ${s.visitCode}, ${asJson(sql, s.answers)}, ${s.settledBy})
    on conflict (round_id, instrument_key, visit_code) do update
       set answers = excluded.answers, settled_by = excluded.settled_by, settled_at = now()`;
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

/** The scan-model version a round was scored with. */
export async function roundModelVersion(sql: Sql, roundId: string): Promise<number> {
  const [row] = await sql<{ modelVersion: number }[]>`
    select model_version as "modelVersion" from rounds where id = ${roundId}`;
  if (!row) throw new Error(`round ${roundId} not found`);
  return row.modelVersion;
}
