import type { Ikc, IkcInput, ListQuery, Organisation, OrganisationInput } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleIkc, visibleOrganisation } from '../../platform/scope';
import { likePattern, returningId } from '../../platform/sql';

const archivedFilter = (sql: Sql, column: string, mode: ListQuery['archived']) =>
  mode === 'include' ? sql`true` : mode === 'only' ? sql`${sql(column)} is not null` : sql`${sql(column)} is null`;

export async function listOrganisations(sql: Sql, user: SessionUser, query: ListQuery) {
  const where = sql`${visibleOrganisation(sql, user)} and o.name ilike ${likePattern(query.q)}
                    and ${archivedFilter(sql, 'o.archived_at', query.archived)}`;
  const items = await sql<Organisation[]>`
    select o.id, o.name, o.kind, o.archived_at is not null as archived,
           (select count(*)::int from ikcs i where i.organisation_id = o.id and i.archived_at is null) as "ikcCount"
      from organisations o where ${where}
     order by o.name limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`;
  const [total] = await sql<{ n: number }[]>`select count(*)::int as n from organisations o where ${where}`;
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findOrganisation(sql: Sql, user: SessionUser, id: string): Promise<Organisation | undefined> {
  const [row] = await sql<Organisation[]>`
    select o.id, o.name, o.kind, o.archived_at is not null as archived,
           (select count(*)::int from ikcs i where i.organisation_id = o.id and i.archived_at is null) as "ikcCount"
      from organisations o where o.id = ${id} and ${visibleOrganisation(sql, user)}`;
  return row;
}

export async function updateOrganisation(sql: Sql, id: string, input: OrganisationInput) {
  await sql`update organisations set name = ${input.name}, kind = ${input.kind} where id = ${id}`;
}

export async function setOrganisationArchived(sql: Sql, id: string, archived: boolean) {
  await sql`update organisations set archived_at = ${archived ? sql`now()` : null} where id = ${id}`;
}

export async function listIkcs(sql: Sql, user: SessionUser, query: ListQuery & { organisationId?: string }) {
  const where = sql`${visibleIkc(sql, user)} and i.name ilike ${likePattern(query.q)}
                    and ${archivedFilter(sql, 'i.archived_at', query.archived)}
                    and ${query.organisationId ? sql`i.organisation_id = ${query.organisationId}` : sql`true`}`;
  const items = await sql<Ikc[]>`
    select i.id, i.organisation_id as "organisationId", o.name as organisation, i.name,
           i.archived_at is not null as archived,
           (select count(*)::int from locations l where l.ikc_id = i.id and l.archived_at is null) as "locationCount"
      from ikcs i join organisations o on o.id = i.organisation_id where ${where}
     order by o.name, i.name limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`;
  const [total] = await sql<{ n: number }[]>`select count(*)::int as n from ikcs i where ${where}`;
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findIkc(sql: Sql, user: SessionUser, id: string): Promise<Ikc | undefined> {
  const [row] = await sql<Ikc[]>`
    select i.id, i.organisation_id as "organisationId", o.name as organisation, i.name,
           i.archived_at is not null as archived,
           (select count(*)::int from locations l where l.ikc_id = i.id and l.archived_at is null) as "locationCount"
      from ikcs i join organisations o on o.id = i.organisation_id
     where i.id = ${id} and ${visibleIkc(sql, user)}`;
  return row;
}

export async function updateIkc(sql: Sql, id: string, input: IkcInput) {
  await sql`update ikcs set name = ${input.name}, organisation_id = ${input.organisationId} where id = ${id}`;
}

export async function setIkcArchived(sql: Sql, id: string, archived: boolean) {
  await sql`update ikcs set archived_at = ${archived ? sql`now()` : null} where id = ${id}`;
}

export function insertOrganisation(sql: Sql, o: { name: string; kind: 'municipality' | 'school_board' }) {
  return returningId(
    sql<{ id: string }[]>`insert into organisations (name, kind) values (${o.name}, ${o.kind}) returning id`,
  );
}

export function insertIkc(sql: Sql, i: { organisationId: string; name: string }) {
  return returningId(
    sql<
      { id: string }[]
    >`insert into ikcs (organisation_id, name) values (${i.organisationId}, ${i.name}) returning id`,
  );
}
