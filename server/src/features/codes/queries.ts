import { randomInt } from 'node:crypto';
import type { Audience } from '@driehoek/shared';
import type { RootSql, Sql } from '../../platform/db';

// No 0/O and 1/I: codes are typed over from paper, often by people reading in a second language.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export type CodeRow = { code: string; used: boolean; resumeResponseId: string | null };

/** Creates a batch of fresh codes; returns the batch number and the codes. */
export async function insertCodeBatch(sql: Sql, roundId: string, audience: Audience, count: number) {
  const [last] = await sql<{ batch: number }[]>`
    select coalesce(max(batch), 0)::int as batch from access_codes where round_id = ${roundId}`;
  const batch = (last?.batch ?? 0) + 1;
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  const rows = [...codes].map((code) => ({ code, round_id: roundId, audience, batch }));
  // A collision with an older code (about 1 in 10^9 per code) fails the insert; the caller may simply retry.
  await sql`insert into access_codes ${sql(rows)}`;
  return { batch, codes: [...codes] };
}

export async function listCodes(sql: Sql, roundId: string, batch?: number) {
  return sql<{ code: string; audience: Audience; batch: number; used: boolean }[]>`
    select code, audience, batch, used from access_codes
     where round_id = ${roundId} and ${batch ? sql`batch = ${batch}` : sql`true`}
     order by batch, audience, code`;
}

/** A round's code for an audience; with `lock`, locked for the rest of the transaction. */
export async function findCode(
  sql: Sql,
  where: { roundId: string; audience: Audience; code: string },
  lock = false,
): Promise<CodeRow | undefined> {
  const [row] = await sql<CodeRow[]>`
    select code, used, resume_response_id as "resumeResponseId" from access_codes
     where code = ${where.code} and round_id = ${where.roundId} and audience = ${where.audience}
     ${lock ? sql`for update` : sql``}`;
  return row;
}

/**
 * While answering, the code points at the response so it can be resumed anywhere; on completion the pointer is
 * cleared and the code marked used, after which nothing ties the code to the answers.
 */
export async function markCode(sql: Sql, code: string, responseId: string, complete: boolean): Promise<void> {
  await sql`update access_codes
               set used = ${complete}, resume_response_id = ${complete ? null : responseId}
             where code = ${code}`;
}

/**
 * Writes every code of a round again in one transaction, so all of them carry the same system columns (xmin, and the
 * xmax of their previous versions) and no code can be joined to the response it was used for by the transaction
 * that wrote both: the code's own write is hidden among the round's. Run after a code was used, in a transaction of
 * its own, and when the round closes (decision 0003). Serialised per round, so two restamps never deadlock.
 */
export async function restampRoundCodes(sql: RootSql, roundId: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtextextended(${`codes:${roundId}`}, 0))`;
    await tx`update access_codes set used = used where round_id = ${roundId}`;
  });
}
