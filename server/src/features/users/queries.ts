import type { Role, User, UserScope } from '@driehoek/shared';
import type { SessionUser } from '../../context';
import type { Sql } from '../../db';

export async function loadScope(sql: Sql, userId: string): Promise<UserScope> {
  const rows = await sql<{ organisationId: string | null; ikcId: string | null; locationId: string | null }[]>`
    select organisation_id as "organisationId", ikc_id as "ikcId", location_id as "locationId"
      from user_scopes where user_id = ${userId}`;
  return {
    organisationIds: rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])),
    ikcIds: rows.flatMap((r) => (r.ikcId ? [r.ikcId] : [])),
    locationIds: rows.flatMap((r) => (r.locationId ? [r.locationId] : [])),
  };
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
  const own = (await loadScope(sql, granter.id)).organisationIds;
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

/** Users an admin sees: all. A researcher: the ikc and municipality users whose scope lies in their organisations. */
export async function listUsers(sql: Sql, viewer: SessionUser): Promise<User[]> {
  const rows = await sql<Omit<User, 'scope'>[]>`
    select u.id, u.email, u.name, u.role, u.disabled_at is not null as disabled, u.password_hash is not null as "hasPassword"
      from users u
     where ${
       viewer.role === 'admin'
         ? sql`true`
         : sql`u.role in ('ikc', 'municipality') and exists (
            select 1 from user_scopes s
              left join ikcs si on si.id = s.ikc_id
              left join locations sl on sl.id = s.location_id left join ikcs sli on sli.id = sl.ikc_id
              join user_scopes mine on mine.user_id = ${viewer.id}
             where s.user_id = u.id
               and mine.organisation_id in (s.organisation_id, si.organisation_id, sli.organisation_id))`
     }
     order by u.role, u.email`;
  return Promise.all(rows.map(async (r) => ({ ...r, scope: await loadScope(sql, r.id) })));
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
