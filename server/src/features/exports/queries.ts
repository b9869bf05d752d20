import type { Audience } from '@driehoek/shared';
import type { Sql } from '../../platform/db';

/** Complete responses per audience of a round: decides which audiences are big enough to export. */
export async function countCompleteByAudience(sql: Sql, roundId: string): Promise<Map<Audience, number>> {
  const rows = await sql<{ audience: Audience; complete: number }[]>`
    select audience, count(*)::int as complete from responses
     where round_id = ${roundId} and status = 'complete' group by audience`;
  return new Map(rows.map((r) => [r.audience, r.complete]));
}

export type ExportRow = {
  audience: Audience;
  instrumentKey: string;
  instrumentVersion: number;
  locale: string;
  receivedOn: string;
  answers: Record<string, unknown>;
  /** Open answers the researcher marked shareable, by question, the redacted text where there is one. */
  shareable: Record<string, string>;
};

/**
 * Complete responses of the given audiences, read in batches through a server-side cursor so a round of any size
 * streams without being held in memory. Ordered by audience, date and a hash of the id: the order (and with it the
 * respondent number) says nothing about when within a day someone answered.
 */
export function exportRowsCursor(sql: Sql, roundId: string, audiences: Audience[], batchSize = 500) {
  return sql<ExportRow[]>`
    select r.audience, r.instrument_key as "instrumentKey", r.instrument_version as "instrumentVersion", r.locale,
           r.received_on as "receivedOn", r.answers,
           coalesce((select jsonb_object_agg(v.question, coalesce(v.redacted, r.answers ->> v.question))
                       from open_answer_reviews v
                      where v.response_id = r.id and v.decision = 'shareable'
                        and coalesce(v.redacted, r.answers ->> v.question) is not null), '{}'::jsonb) as shareable
      from responses r
     where r.round_id = ${roundId} and r.status = 'complete' and r.audience in ${sql(audiences)}
     order by array_position(array['parents', 'professionals', 'children']::text[], r.audience), r.received_on,
              md5(r.id::text)`.cursor(batchSize);
}
