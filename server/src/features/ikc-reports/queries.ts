import {
  type IkcPublishedReport,
  IkcPublishedReportSchema,
  type Perspective,
  type SplitRecord,
  type SplitResponse,
} from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import { asJson, type Sql } from '../../platform/db';
import { coversIkc, notInScope } from '../../platform/scope';

export type IkcRow = { id: string; name: string; organisation: string };

/**
 * The IKC if the user's scope covers all of it (organisation or IKC), else 404: a user scoped to one location must
 * not read figures of the others, even pooled.
 */
export async function ikcInScope(sql: Sql, user: SessionUser, ikcId: string): Promise<IkcRow> {
  const [row] = await sql<IkcRow[]>`
    select i.id, i.name, o.name as organisation
      from ikcs i join organisations o on o.id = i.organisation_id
     where i.id = ${ikcId} and ${coversIkc(sql, user)}`;
  if (!row) throw notInScope('IKC');
  return row;
}

export type IkcLocationRow = { id: string; name: string; hasSchool: boolean; hasChildcare: boolean };

/** The IKC's locations that are not archived, by name. */
export async function listIkcLocations(sql: Sql, ikcId: string): Promise<IkcLocationRow[]> {
  return sql<IkcLocationRow[]>`
    select id, name, has_school as "hasSchool", has_childcare as "hasChildcare"
      from locations where ikc_id = ${ikcId} and archived_at is null
     order by name, id`;
}

/** The location's latest round (by opening date) with a publication in force; undefined when none has one. */
export async function latestPublishedRound(sql: Sql, locationId: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`
    select r.id from rounds r
     where r.location_id = ${locationId}
       and exists (select 1 from report_publications p where p.round_id = r.id and p.retracted_at is null)
     order by r.opens_on desc, r.created_at desc limit 1`;
  return row?.id;
}

/**
 * The complete parents' and professionals' responses a location publication scored (table publication_responses),
 * with how many it recorded in all: fewer found than recorded means some were removed since.
 */
export async function publicationSplitResponses(
  sql: Sql,
  publicationId: string,
): Promise<{ recorded: number; responses: SplitResponse[] }> {
  const [count] = await sql<{ n: number }[]>`
    select count(*)::int as n from publication_responses
     where publication_id = ${publicationId} and perspective in ('parents', 'professionals')`;
  const rows = await sql<
    { id: string; perspective: Perspective; key: string; version: number; answers: Record<string, unknown> }[]
  >`
    select r.id, r.audience as perspective, r.instrument_key as key, r.instrument_version as version, r.answers
      from publication_responses pr join responses r on r.id = pr.response_id
     where pr.publication_id = ${publicationId} and pr.perspective in ('parents', 'professionals')
     order by r.id`;
  return {
    recorded: count?.n ?? 0,
    responses: rows.map((r) => ({
      id: r.id,
      perspective: r.perspective,
      instrument: { key: r.key, version: r.version },
      answers: r.answers,
      status: 'complete',
    })),
  };
}

/** Whether a location publication recorded its responses at all (publications before migration 0015 did not). */
export async function publicationRecordedResponses(sql: Sql, publicationId: string): Promise<boolean> {
  const [row] = await sql<{ any: boolean }[]>`
    select exists (select 1 from publication_responses where publication_id = ${publicationId}) as any`;
  return row?.any ?? false;
}

export type EarlierSplitSet = { version: number; perspective: Perspective; ids: string[] };

/** Every response set earlier IKC publications (retracted ones included) showed of a location's split. */
export async function earlierSplitSets(sql: Sql, ikcId: string, locationId: string): Promise<EarlierSplitSet[]> {
  return sql<EarlierSplitSet[]>`
    select p.version, s.perspective, array_agg(s.response_id::text order by s.response_id) as ids
      from ikc_report_split_responses s join ikc_report_publications p on p.id = s.publication_id
     where p.ikc_id = ${ikcId} and s.location_id = ${locationId}
     group by p.version, s.perspective, s.sector_group
     order by p.version`;
}

export type IkcPublication = { id: string; version: number; snapshot: IkcPublishedReport };

/**
 * The IKC report's publication in force: the newest version, unless it was retracted. Retracting withdraws the IKC
 * report until the researcher publishes again; an older version does not come back in its place.
 */
export async function currentIkcPublication(sql: Sql, ikcId: string): Promise<IkcPublication | undefined> {
  const [row] = await sql<{ id: string; version: number; snapshot: unknown; retracted: boolean }[]>`
    select id, version, snapshot, retracted_at is not null as retracted from ikc_report_publications
     where ikc_id = ${ikcId} order by version desc limit 1`;
  if (!row || row.retracted) return undefined;
  return { id: row.id, version: row.version, snapshot: IkcPublishedReportSchema.parse(row.snapshot) };
}

export async function nextIkcPublicationVersion(sql: Sql, ikcId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select coalesce(max(version), 0)::int + 1 as n from ikc_report_publications where ikc_id = ${ikcId}`;
  return row?.n ?? 1;
}

export async function insertIkcPublication(
  sql: Sql,
  p: { ikcId: string; version: number; snapshot: IkcPublishedReport; userId: string },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into ikc_report_publications (ikc_id, version, snapshot, published_by)
    values (${p.ikcId}, ${p.version}, ${asJson(sql, p.snapshot)}, ${p.userId})
    returning id`;
  if (!row) throw new Error('insert into ikc_report_publications returned nothing');
  return row.id;
}

/** Records the response sets of the split groups a publication shows, in the publishing transaction. */
export async function insertSplitSets(
  sql: Sql,
  publicationId: string,
  sets: ReadonlyArray<SplitRecord & { locationId: string }>,
): Promise<void> {
  const rows = sets.flatMap((s) =>
    s.ids.map((id) => ({
      publication_id: publicationId,
      location_id: s.locationId,
      perspective: s.perspective,
      sector_group: s.group,
      response_id: id,
    })),
  );
  for (let i = 0; i < rows.length; i += 1000)
    await sql`insert into ikc_report_split_responses ${sql(rows.slice(i, i + 1000))}`;
}

export async function retractIkcPublication(sql: Sql, id: string, userId: string, reason: string): Promise<void> {
  await sql`update ikc_report_publications set retracted_at = now(), retracted_by = ${userId}, retract_reason = ${reason}
             where id = ${id} and retracted_at is null`;
}

/** The rounds among `roundIds` whose raw answers the retention period removed, with the day (decision 0015). */
export async function rawDataDeletedOn(sql: Sql, roundIds: string[]): Promise<Map<string, string>> {
  if (roundIds.length === 0) return new Map();
  const rows = await sql<{ id: string; deletedOn: string }[]>`
    select id, raw_data_deleted_on as "deletedOn" from rounds
     where id = any(${roundIds}::uuid[]) and raw_data_deleted_on is not null`;
  return new Map(rows.map((r) => [r.id, r.deletedOn]));
}
