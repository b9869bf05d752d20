import { randomBytes } from 'node:crypto';
import type { Sql } from '../../platform/db';

/** 128 random bits, base64url: unguessable, and short enough for a QR code (as a respondent's link). */
export const newSummaryLinkId = (): string => randomBytes(16).toString('base64url');

export type SummaryLinkRow = {
  id: string;
  roundId: string;
  /** Dutch local time, `YYYY-MM-DDTHH:MM`. */
  createdAt: string;
  createdBy: string | null;
  ended: boolean;
};

const columns = (sql: Sql) => sql`
  s.id, s.round_id as "roundId",
  to_char(s.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI') as "createdAt",
  u.name as "createdBy", s.ended_at is not null as ended`;

/** A link by its id, working or ended; undefined when the id was never handed out. */
export async function findSummaryLink(sql: Sql, id: string): Promise<SummaryLinkRow | undefined> {
  const [row] = await sql<SummaryLinkRow[]>`
    select ${columns(sql)} from summary_links s left join users u on u.id = s.created_by where s.id = ${id}`;
  return row;
}

/** The round's working link, if it has one. */
export async function activeSummaryLink(sql: Sql, roundId: string): Promise<SummaryLinkRow | undefined> {
  const [row] = await sql<SummaryLinkRow[]>`
    select ${columns(sql)} from summary_links s left join users u on u.id = s.created_by
     where s.round_id = ${roundId} and s.ended_at is null`;
  return row;
}

/** Ends the round's working link, if any. */
export async function endSummaryLink(sql: Sql, roundId: string, userId: string | null): Promise<boolean> {
  const ended = await sql`
    update summary_links set ended_at = now(), ended_by = ${userId} where round_id = ${roundId} and ended_at is null`;
  return ended.count > 0;
}

/** A new working link for the round; call inside a transaction after `endSummaryLink`. */
export async function insertSummaryLink(sql: Sql, roundId: string, userId: string | null): Promise<string> {
  const id = newSummaryLinkId();
  await sql`insert into summary_links (id, round_id, created_by) values (${id}, ${roundId}, ${userId})`;
  return id;
}

/** Gives the round a working link when it has none (a first publication); a concurrent one wins quietly. */
export async function ensureSummaryLink(sql: Sql, roundId: string): Promise<void> {
  await sql`
    insert into summary_links (id, round_id) select ${newSummaryLinkId()}, ${roundId}
     where not exists (select 1 from summary_links where round_id = ${roundId})
    on conflict do nothing`;
}
