import type { ListQuery, Location, LocationInput } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleLocation } from '../../platform/scope';
import { likePattern, returningId } from '../../platform/sql';

const columns = (sql: Sql) => sql`
  loc.id, loc.ikc_id as "ikcId", i.name as ikc, i.organisation_id as "organisationId", o.name as organisation,
  loc.name, loc.address, loc.has_school as "hasSchool", loc.has_childcare as "hasChildcare",
  loc.families, loc.pupils_8_12 as "pupils812", loc.professionals, loc.archived_at is not null as archived`;

const from = (sql: Sql) =>
  sql`locations loc join ikcs i on i.id = loc.ikc_id join organisations o on o.id = i.organisation_id`;

export type LocationListQuery = ListQuery & { ikcId?: string; organisationId?: string };

export async function listLocations(sql: Sql, user: SessionUser, query: LocationListQuery) {
  const pattern = likePattern(query.q);
  const archived =
    query.archived === 'include'
      ? sql`true`
      : query.archived === 'only'
        ? sql`loc.archived_at is not null`
        : sql`loc.archived_at is null`;
  const where = sql`${visibleLocation(sql, user)} and ${archived}
    and (loc.name ilike ${pattern} or i.name ilike ${pattern} or coalesce(loc.address, '') ilike ${pattern})
    and ${query.ikcId ? sql`loc.ikc_id = ${query.ikcId}` : sql`true`}
    and ${query.organisationId ? sql`i.organisation_id = ${query.organisationId}` : sql`true`}`;
  const items = await sql<Location[]>`
    select ${columns(sql)} from ${from(sql)} where ${where}
     order by o.name, i.name, loc.name limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`;
  const [total] = await sql<{ n: number }[]>`select count(*)::int as n from ${from(sql)} where ${where}`;
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findLocation(sql: Sql, user: SessionUser, id: string): Promise<Location | undefined> {
  const [row] = await sql<Location[]>`
    select ${columns(sql)} from ${from(sql)} where loc.id = ${id} and ${visibleLocation(sql, user)}`;
  return row;
}

export async function updateLocation(sql: Sql, id: string, l: LocationInput) {
  await sql`
    update locations set ikc_id = ${l.ikcId}, name = ${l.name}, address = ${l.address}, has_school = ${l.hasSchool},
           has_childcare = ${l.hasChildcare}, families = ${l.families}, pupils_8_12 = ${l.pupils812},
           professionals = ${l.professionals}
     where id = ${id}`;
}

export async function setLocationArchived(sql: Sql, id: string, archived: boolean) {
  await sql`update locations set archived_at = ${archived ? sql`now()` : null} where id = ${id}`;
}

/** A location as seeds and fixtures create it: only the IKC and the name are needed. */
export type NewLocation = {
  ikcId: string;
  name: string;
  address?: string | null;
  hasSchool?: boolean;
  hasChildcare?: boolean;
  families?: number | null;
  pupils812?: number | null;
  professionals?: number | null;
};

export function insertLocation(sql: Sql, l: NewLocation) {
  return returningId(sql<{ id: string }[]>`
    insert into locations (ikc_id, name, address, has_school, has_childcare, families, pupils_8_12, professionals)
    values (${l.ikcId}, ${l.name}, ${l.address ?? null}, ${l.hasSchool ?? true}, ${l.hasChildcare ?? true},
            ${l.families ?? null}, ${l.pupils812 ?? null}, ${l.professionals ?? null})
    returning id`);
}
