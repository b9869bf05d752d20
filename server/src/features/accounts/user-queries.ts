import type { Role, User, UserScope } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';

/**
 * A user's scope rows. With `withinOrganisations`, only the rows that lie inside those organisations: what a
 * researcher may be shown of someone else's access.
 */
export async function loadScope(sql: Sql, userId: string, withinOrganisations?: string[]): Promise<UserScope> {
  const rows = await sql<{ organisationId: string | null; ikcId: string | null; locationId: string | null }[]>`
    select s.organisation_id as "organisationId", s.ikc_id as "ikcId", s.location_id as "locationId"
      from user_scopes s ${scopeOrganisationJoin(sql)}
     where s.user_id = ${userId}
       and ${withinOrganisations ? sql`${scopeOrganisation(sql)} in ${sql(withinOrganisations.length > 0 ? withinOrganisations : [NONE])}` : sql`true`}`;
  return {
    organisationIds: rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])),
    ikcIds: rows.flatMap((r) => (r.ikcId ? [r.ikcId] : [])),
    locationIds: rows.flatMap((r) => (r.locationId ? [r.locationId] : [])),
  };
}

/** A uuid no organisation has: `in ()` is not SQL, and an empty list must match nothing. */
const NONE = '00000000-0000-0000-0000-000000000000';

/** Joins that let `scopeOrganisation` name the organisation any scope row (alias `s`) lies in. */
const scopeOrganisationJoin = (sql: Sql) => sql`
  left join ikcs si on si.id = s.ikc_id
  left join locations sl on sl.id = s.location_id left join ikcs sli on sli.id = sl.ikc_id`;
const scopeOrganisation = (sql: Sql) => sql`coalesce(s.organisation_id, si.organisation_id, sli.organisation_id)`;

/** The organisations a researcher's scope names (researchers are scoped by organisation only). */
async function ownOrganisations(sql: Sql, userId: string): Promise<string[]> {
  return (await loadScope(sql, userId)).organisationIds;
}

export async function replaceScope(sql: Sql, userId: string, scope: UserScope): Promise<void> {
  await sql`delete from user_scopes where user_id = ${userId}`;
  const rows = [
    ...scope.organisationIds.map((id) => ({ user_id: userId, organisation_id: id, ikc_id: null, location_id: null })),
    ...scope.ikcIds.map((id) => ({ user_id: userId, organisation_id: null, ikc_id: id, location_id: null })),
    ...scope.locationIds.map((id) => ({ user_id: userId, organisation_id: null, ikc_id: null, location_id: id })),
  ];
  if (rows.length > 0) await sql`insert into user_scopes ${sql(rows)}`;
}

/**
 * Whether every organisation, IKC and location in `scope` lies within what `granter` may see; admins may grant
 * anything. Nobody hands out access they do not hold.
 */
export async function scopeWithin(sql: Sql, granter: SessionUser, scope: UserScope): Promise<boolean> {
  if (granter.role === 'admin') return true;
  const own = await ownOrganisations(sql, granter.id);
  if (scope.organisationIds.some((id) => !own.includes(id))) return false;
  if (scope.ikcIds.length + scope.locationIds.length === 0) return true;
  if (own.length === 0) return false;
  const inOwn = async (table: 'ikcs' | 'locations', ids: string[]) => {
    if (ids.length === 0) return true;
    const [row] =
      table === 'ikcs'
        ? await sql<{ n: number }[]>`select count(*)::int as n from ikcs
                                      where id in ${sql(ids)} and organisation_id in ${sql(own)}`
        : await sql<{ n: number }[]>`select count(*)::int as n from locations l join ikcs i on i.id = l.ikc_id
                                      where l.id in ${sql(ids)} and i.organisation_id in ${sql(own)}`;
    return row?.n === ids.length;
  };
  return (await inOwn('ikcs', scope.ikcIds)) && (await inOwn('locations', scope.locationIds));
}

/**
 * Users an admin sees: all. A researcher: the ikc and municipality users with any access inside their
 * organisations, each with only that part of their scope; a user whose access also reaches elsewhere is
 * `managedByAdmin`, and `manageableUser` refuses to act on them.
 */
export async function listUsers(sql: Sql, viewer: SessionUser): Promise<User[]> {
  if (viewer.role === 'admin') {
    const rows = await sql<Omit<User, 'scope' | 'managedByAdmin'>[]>`
      select u.id, u.email, u.name, u.role, u.disabled_at is not null as disabled,
             u.password_hash is not null as "hasPassword"
        from users u order by u.role, u.email`;
    return Promise.all(rows.map(async (r) => ({ ...r, scope: await loadScope(sql, r.id), managedByAdmin: false })));
  }
  const own = await ownOrganisations(sql, viewer.id);
  if (own.length === 0) return [];
  const rows = await sql<(Omit<User, 'scope' | 'managedByAdmin'> & { inside: boolean })[]>`
    select u.id, u.email, u.name, u.role, u.disabled_at is not null as disabled,
           u.password_hash is not null as "hasPassword",
           bool_and(coalesce(${scopeOrganisation(sql)} in ${sql(own)}, false)) as inside
      from users u join user_scopes s on s.user_id = u.id ${scopeOrganisationJoin(sql)}
     where u.role in ('ikc', 'municipality')
     group by u.id
    having bool_or(coalesce(${scopeOrganisation(sql)} in ${sql(own)}, false))
     order by u.role, u.email`;
  return Promise.all(
    rows.map(async ({ inside, ...r }) => ({ ...r, scope: await loadScope(sql, r.id, own), managedByAdmin: !inside })),
  );
}

export async function findUserById(sql: Sql, viewer: SessionUser, id: string): Promise<User | undefined> {
  return (await listUsers(sql, viewer)).find((u) => u.id === id);
}

export async function emailTaken(sql: Sql, email: string): Promise<boolean> {
  return (await sql`select 1 from users where email = ${email.toLowerCase()}`).length > 0;
}

export async function setUserRole(sql: Sql, id: string, role: Role, name: string): Promise<void> {
  await sql`update users set role = ${role}, name = ${name} where id = ${id}`;
}

export async function setUserDisabled(sql: Sql, id: string, disabled: boolean): Promise<void> {
  await sql`update users set disabled_at = ${disabled ? sql`now()` : null} where id = ${id}`;
}
