import { type Perspective, type PublishedReport, PublishedReportSchema, type SmallChange } from '@driehoek/shared';
import { asJson, type Sql } from '../../platform/db';
import { scoredResponses } from './queries';

export type Publication = { id: string; version: number; snapshot: PublishedReport; fingerprint: string };

/** The publication in force: the newest version not retracted; undefined when the report is not published. */
export async function currentPublication(sql: Sql, roundId: string): Promise<Publication | undefined> {
  const [row] = await sql<{ id: string; version: number; snapshot: unknown; fingerprint: string }[]>`
    select id, version, snapshot, fingerprint from report_publications
     where round_id = ${roundId} and retracted_at is null
     order by version desc limit 1`;
  if (!row) return undefined;
  return { ...row, snapshot: PublishedReportSchema.parse(row.snapshot) };
}

export async function nextPublicationVersion(sql: Sql, roundId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select coalesce(max(version), 0)::int + 1 as n from report_publications where round_id = ${roundId}`;
  return row?.n ?? 1;
}

export async function insertPublication(
  sql: Sql,
  p: { roundId: string; version: number; snapshot: PublishedReport; fingerprint: string; userId: string },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into report_publications (round_id, version, snapshot, fingerprint, published_by)
    values (${p.roundId}, ${p.version}, ${asJson(sql, p.snapshot)}, ${p.fingerprint}, ${p.userId})
    returning id`;
  if (!row) throw new Error('insert into report_publications returned nothing');
  return row.id;
}

export async function retractPublication(sql: Sql, id: string, userId: string, reason: string): Promise<void> {
  await sql`update report_publications set retracted_at = now(), retracted_by = ${userId}, retract_reason = ${reason}
             where id = ${id} and retracted_at is null`;
}

/** Records the responses a publication scored (complete, not excluded), in the publishing transaction. */
export async function recordPublicationResponses(sql: Sql, publicationId: string, roundId: string): Promise<void> {
  await sql`insert into publication_responses (publication_id, response_id, perspective)
            select ${publicationId}, s.id, s.audience from (${scoredResponses(sql, roundId)}) s`;
}

type Change = { version: number; perspective: Perspective; changed: number; excluded: number };

/**
 * Per earlier publication of the round (retracted ones included: a reader may have kept them) and perspective, how
 * many scored responses differ between it and the scored set now: those in one set and not the other. `excluded`:
 * how many of those it scored are excluded now (decision 0015).
 */
async function changesSincePublications(sql: Sql, roundId: string): Promise<Change[]> {
  return sql<Change[]>`
    with now_set as (${scoredResponses(sql, roundId)}),
         earlier as (select id, version from report_publications where round_id = ${roundId})
    select e.version, d.perspective, count(*)::int as changed, count(*) filter (where d.excluded)::int as excluded
      from earlier e
      cross join lateral (
        select n.audience as perspective, false as excluded from now_set n
         where not exists (select 1 from publication_responses pr where pr.publication_id = e.id and pr.response_id = n.id)
        union all
        select pr.perspective,
               exists (select 1 from response_exclusions x where x.response_id = pr.response_id) as excluded
          from publication_responses pr
         where pr.publication_id = e.id and not exists (select 1 from now_set n where n.id = pr.response_id)
      ) d
     group by e.version, d.perspective
     order by e.version, d.perspective`;
}

/** The first perspective whose responses changed by 1 to `min` − 1 since an earlier publication; undefined if none. */
export async function smallChangeSincePublications(
  sql: Sql,
  roundId: string,
  min: number,
): Promise<SmallChange | undefined> {
  const small = (await changesSincePublications(sql, roundId)).find((c) => c.changed > 0 && c.changed < min);
  return small && { ...small, min };
}
