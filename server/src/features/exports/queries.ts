import type { Audience } from '@driehoek/shared';
import { asJson, type Sql } from '../../platform/db';

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
  /** The researcher excluded the response from scoring (issue 22.3): exported, marked, so analyses can leave it out. */
  excluded: boolean;
};

/**
 * Complete responses of the given audiences, read in batches through a server-side cursor so a round of any size
 * streams without being held in memory. Ordered by audience, date and a hash of the id: the order (and with it the
 * respondent number) says nothing about when within a day someone answered. Only the narrow sort keys go through
 * the sort; the answers, the shareable open answers and the exclusion mark are read per row as the cursor hands it
 * out (sub-selects in the outer list), so neither the database's sort nor its first batch waits on 100,000 rows of
 * answers.
 */
export function exportRowsCursor(sql: Sql, roundId: string, audiences: Audience[], batchSize = 500) {
  return sql<ExportRow[]>`
    select o.audience, o.instrument_key as "instrumentKey", o.instrument_version as "instrumentVersion", o.locale,
           o.received_on as "receivedOn",
           (select r.answers from responses r where r.id = o.id) as answers,
           coalesce((select jsonb_object_agg(v.question, coalesce(v.redacted, r.answers ->> v.question))
                       from open_answer_reviews v join responses r on r.id = v.response_id
                      where v.response_id = o.id and v.decision = 'shareable'
                        and coalesce(v.redacted, r.answers ->> v.question) is not null), '{}'::jsonb) as shareable,
           exists (select 1 from response_exclusions x where x.response_id = o.id) as excluded
      from (select r.id, r.audience, r.instrument_key, r.instrument_version, r.locale, r.received_on
              from responses r
             where r.round_id = ${roundId} and r.status = 'complete' and r.audience in ${sql(audiences)}
             order by array_position(array['parents', 'professionals', 'children']::text[], r.audience),
                      r.received_on, md5(r.id::text)
             offset 0) o`.cursor(batchSize);
}

/** The forms (key and version) a round's visits were recorded on: the visits export has a column per question. */
export async function visitFormsOfRound(sql: Sql, roundId: string): Promise<Array<{ key: string; version: number }>> {
  return sql<Array<{ key: string; version: number }>>`
    select distinct instrument_key as key, instrument_version as version from visits where round_id = ${roundId}`;
}

export type VisitExportRow = {
  instrumentKey: string;
  version: number;
  visitedOn: string;
  answers: Record<string, unknown>;
  /** Which coding of the visit this is (1, 2, …) in the order they were stored; null without a visit code. */
  coding: number | null;
};

/**
 * The visits of a round in export order, read in batches through a server-side cursor: touchpoint (in the order of
 * `touchpoints`, unknown forms last), form, date, then the order they were stored in. The coding number counts the
 * earlier-stored visits with the same form version and visit code, so it needs the whole round: a window function
 * gives it without holding the visits in memory. `codeQuestions` names, per `key@version`, the question that holds
 * the visit code; the code is compared trimmed and upper-cased, as `visitContext` does ("b-12 " is "B-12"). The
 * window functions and the sort see narrow rows; each visit's answers are read as the cursor hands the row out.
 * (`offset 0` keeps the sorted subquery a subquery, and with it the order the rows leave in.)
 */
export function visitRowsCursor(
  sql: Sql,
  roundId: string,
  options: { codeQuestions: Record<string, string>; touchpoints: string[] },
  batchSize = 500,
) {
  return sql<VisitExportRow[]>`
    with coded as (
      select v.instrument_key, v.instrument_version, v.visited_on, v.created_at, v.id,
             nullif(upper(btrim(case jsonb_typeof(c.raw) when 'string' then c.raw #>> '{}'
                                                        when 'number' then c.raw::text end, E' \t\n\r\f\v')), '') as code
        from visits v
        cross join lateral (select v.answers -> (${asJson(sql, options.codeQuestions)}::jsonb
                                                 ->> (v.instrument_key || '@' || v.instrument_version)) as raw) c
       where v.round_id = ${roundId}
    ), numbered as (
      select *, row_number() over (order by created_at, id) as stored,
             case when code is null then null
                  else row_number() over (partition by instrument_key, instrument_version, code order by created_at, id)
             end as coding
        from coded
    )
    select o.instrument_key as "instrumentKey", o.instrument_version as version, o.visited_on as "visitedOn",
           (select v.answers from visits v where v.id = o.id) as answers, o.coding::int as coding
      from (select id, instrument_key, instrument_version, visited_on, coding
              from numbered
             order by coalesce(array_position(${options.touchpoints}::text[], instrument_key), 99),
                      instrument_key collate "C", visited_on, stored
             offset 0) o`.cursor(batchSize);
}
