import type { Sql } from '../../platform/db';

/**
 * What a closed round's storage may no longer say about when someone answered (decision 0003):
 * - the per-minute counts of new responses go: they served the ballot-stuffing limit and the researcher's peak flag
 *   while the round was open; afterwards they would only date answers to the minute (per day is in the responses);
 * - every response and every single-use code of the round is written again in this one transaction, so they all
 *   carry its transaction id: PostgreSQL hands those out in order, and a response's own xmin, compared with the xmin
 *   of any timestamped row (an audit entry, a session), would date it far more finely than its day.
 * Run inside the transaction that closes (or reports) the round.
 */
export async function sealRoundStorage(tx: Sql, roundId: string): Promise<void> {
  await tx`delete from link_traffic where link_id in (select id from links where round_id = ${roundId})`;
  await tx`update responses set status = status where round_id = ${roundId}`;
  await tx`update access_codes set used = used where round_id = ${roundId}`;
  // Burst marks were written around the minute of their burst (decision 0015): their xmin must not date it either.
  await tx`update response_bursts set burst = burst
            where response_id in (select id from responses where round_id = ${roundId})`;
}
