import { type Capability, can } from '@driehoek/shared';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, SessionUser } from './context';
import type { Sql } from './db';
import { AppError } from './errors';

/** Refuses a request whose user's role lacks the capability (before any data is read). */
export const requireCapability =
  (capability: Capability): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!can(c.var.user.role, capability)) {
      throw new AppError('forbidden', 'U hebt geen rechten voor deze actie.');
    }
    await next();
  };

/**
 * A SQL condition that holds for the locations a user may see. The query must alias `locations` as `loc` and
 * `ikcs` as `i`. Admins see everything; others what their scope rows grant (organisation, IKC or location).
 */
export function visibleLocation(sql: Sql, user: SessionUser) {
  if (user.role === 'admin') return sql`true`;
  return sql`exists (
    select 1 from user_scopes s
     where s.user_id = ${user.id}
       and (s.organisation_id = i.organisation_id or s.ikc_id = loc.ikc_id or s.location_id = loc.id))`;
}

/** The same for organisations (alias `o`): visible when any scope row lies within it. */
export function visibleOrganisation(sql: Sql, user: SessionUser) {
  if (user.role === 'admin') return sql`true`;
  return sql`exists (
    select 1 from user_scopes s
      left join ikcs si on si.id = s.ikc_id
      left join locations sl on sl.id = s.location_id
      left join ikcs sli on sli.id = sl.ikc_id
     where s.user_id = ${user.id}
       and o.id in (s.organisation_id, si.organisation_id, sli.organisation_id))`;
}

/** And for IKCs (alias `i`): visible when the scope covers its organisation, the IKC, or one of its locations. */
export function visibleIkc(sql: Sql, user: SessionUser) {
  if (user.role === 'admin') return sql`true`;
  return sql`exists (
    select 1 from user_scopes s
      left join locations sl on sl.id = s.location_id
     where s.user_id = ${user.id}
       and (s.organisation_id = i.organisation_id or s.ikc_id = i.id or sl.ikc_id = i.id))`;
}

/**
 * Whether the user's scope covers the whole IKC (not just some of its locations): needed to change it. An IKC user
 * scoped to one location may read its IKC's name but not edit it.
 */
export function coversIkc(sql: Sql, user: SessionUser) {
  if (user.role === 'admin') return sql`true`;
  return sql`exists (
    select 1 from user_scopes s
     where s.user_id = ${user.id} and (s.organisation_id = i.organisation_id or s.ikc_id = i.id))`;
}

/** 404 rather than 403 for objects outside the scope: their existence is not the user's business. */
export function notInScope(what: string): AppError {
  return new AppError('not_found', `${what} niet gevonden`);
}

/** Loads a location's ids if the user may see it, else throws 404. */
export async function locationInScope(
  sql: Sql,
  user: SessionUser,
  locationId: string,
): Promise<{ id: string; ikcId: string; organisationId: string }> {
  const [row] = await sql<{ id: string; ikcId: string; organisationId: string }[]>`
    select loc.id, loc.ikc_id as "ikcId", i.organisation_id as "organisationId"
      from locations loc join ikcs i on i.id = loc.ikc_id
     where loc.id = ${locationId} and ${visibleLocation(sql, user)}`;
  if (!row) throw notInScope('Locatie');
  return row;
}

/** Loads a round's status and location if the user may see it, else throws 404. */
export async function roundInScope(
  sql: Sql,
  user: SessionUser,
  roundId: string,
): Promise<{
  id: string;
  locationId: string;
  status: 'draft' | 'open' | 'closed' | 'reported';
  opensOn: string;
  closesOn: string;
}> {
  const [row] = await sql<
    {
      id: string;
      locationId: string;
      status: 'draft' | 'open' | 'closed' | 'reported';
      opensOn: string;
      closesOn: string;
    }[]
  >`
    select r.id, r.location_id as "locationId", r.status, r.opens_on as "opensOn", r.closes_on as "closesOn"
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
     where r.id = ${roundId} and ${visibleLocation(sql, user)}`;
  if (!row) throw notInScope('Ronde');
  return row;
}
