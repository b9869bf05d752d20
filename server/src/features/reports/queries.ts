import type {
  Audience,
  ExclusionCounts,
  MysteryGuestVisit,
  Perspective,
  ReportRound,
  ScoringResponse,
} from '@driehoek/shared';

export type { ReportRound } from '@driehoek/shared';

import type { Sql } from '../../platform/db';

export async function findReportRound(sql: Sql, roundId: string): Promise<ReportRound | undefined> {
  const [row] = await sql<ReportRound[]>`
    select r.id, r.location_id as "locationId", loc.name as location, i.name as ikc, o.name as organisation,
           r.kind, r.status, r.name, r.opens_on as "opensOn", r.closes_on as "closesOn",
           r.model_version as "modelVersion", loc.families, loc.pupils_8_12 as "pupils812", loc.professionals
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
      join organisations o on o.id = i.organisation_id
     where r.id = ${roundId}`;
  return row;
}

export async function listPins(sql: Sql, roundId: string) {
  return sql<{ audience: Audience; key: string; version: number }[]>`
    select audience, instrument_key as key, instrument_version as version
      from round_instruments where round_id = ${roundId}
     -- In a stated order, not the rows' order on disk: a restored database (decision 0008) gives the same report.
     order by array_position(array['parents', 'professionals', 'children'], audience)`;
}

/**
 * The responses a round's report scores: complete and not excluded by the researcher (decision 0015). Scoring, the
 * responses a publication records and the count of changes since a publication all read this one set, so an
 * excluded response is a difference like a new one.
 */
export const scoredResponses = (sql: Sql, roundId: string) => sql`
  select r.id, r.audience from responses r
   where r.round_id = ${roundId} and r.status = 'complete'
     and not exists (select 1 from response_exclusions x where x.response_id = r.id)`;

/** Excluded responses per audience (complete or partial): the report says how many, never which. */
export async function countExcluded(sql: Sql, roundId: string): Promise<ExclusionCounts> {
  return sql<ExclusionCounts>`
    select r.audience as perspective, count(*)::int as count
      from responses r join response_exclusions x on x.response_id = r.id
     where r.round_id = ${roundId}
     group by r.audience
     order by array_position(array['parents', 'professionals', 'children'], r.audience)`;
}

/** The day the round's raw data was deleted (retention or request); undefined while it is there. */
export async function rawDataDeletedOn(sql: Sql, roundId: string): Promise<string | undefined> {
  const [row] = await sql<{ deletedOn: string | null }[]>`
    select raw_data_deleted_on as "deletedOn" from rounds where id = ${roundId}`;
  return row?.deletedOn ?? undefined;
}

export async function listScoringResponses(sql: Sql, roundId: string): Promise<ScoringResponse[]> {
  const rows = await sql<
    {
      perspective: Perspective;
      key: string;
      version: number;
      answers: Record<string, unknown>;
      status: 'complete' | 'partial';
      locale: string;
    }[]
  >`
    select audience as perspective, instrument_key as key, instrument_version as version, locale,
           -- Partial responses are only counted, never scored: skip reading their answers.
           case when status = 'complete' then answers else '{}'::jsonb end as answers, status
      from responses r
     -- An excluded response is neither scored nor counted (the report names how many were excluded).
     where r.round_id = ${roundId} and not exists (select 1 from response_exclusions x where x.response_id = r.id)`;
  return rows.map((r) => ({
    perspective: r.perspective,
    instrument: { key: r.key, version: r.version },
    answers: r.answers,
    status: r.status,
    locale: r.locale,
  }));
}

export async function listScoringVisits(sql: Sql, roundId: string): Promise<MysteryGuestVisit[]> {
  return sql<MysteryGuestVisit[]>`
    select instrument_key as "instrumentKey", instrument_version as version, answers from visits
     where round_id = ${roundId} order by created_at, id`;
}

/** Open answers the researcher marked shareable, with the redacted text where there is one. */
export async function listApprovedOpenAnswers(sql: Sql, roundId: string) {
  return sql<{ perspective: Perspective; question: string; text: string }[]>`
    select p.audience as perspective, v.question, coalesce(v.redacted, p.answers ->> v.question) as text
      from open_answer_reviews v join responses p on p.id = v.response_id
     where p.round_id = ${roundId} and p.status = 'complete' and v.decision = 'shareable'
       and not exists (select 1 from response_exclusions x where x.response_id = p.id)
       and coalesce(v.redacted, p.answers ->> v.question) is not null
     order by v.question, md5(p.id::text)`;
}

/**
 * The round this one follows up: the round it was made from (`baseline_round_id`, issue 21) once that is closed or
 * reported; for rounds made without that link, the latest earlier round of the same location that is closed or
 * reported.
 */
export async function findBaselineRound(sql: Sql, round: ReportRound): Promise<string | undefined> {
  const [linked] = await sql<{ id: string | null; closed: boolean | null }[]>`
    select b.id, b.status in ('closed', 'reported') as closed
      from rounds f left join rounds b on b.id = f.baseline_round_id where f.id = ${round.id}`;
  if (linked?.id) return linked.closed ? linked.id : undefined;
  const [row] = await sql<{ id: string }[]>`
    select id from rounds
     where location_id = ${round.locationId} and id <> ${round.id} and opens_on < ${round.opensOn}
       and status in ('closed', 'reported')
     order by opens_on desc limit 1`;
  return row?.id;
}
