import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';

export async function findUserByEmail(
  sql: Sql,
  email: string,
): Promise<(SessionUser & { passwordHash: string | null }) | undefined> {
  const [row] = await sql<(SessionUser & { passwordHash: string | null })[]>`
    select id, email, name, role, password_hash as "passwordHash"
      from users where email = ${email.toLowerCase()} and disabled_at is null`;
  return row;
}

export async function insertUser(
  sql: Sql,
  user: { email: string; name: string; role: SessionUser['role']; passwordHash: string | null },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into users (email, name, role, password_hash)
    values (${user.email.toLowerCase()}, ${user.name}, ${user.role}, ${user.passwordHash})
    returning id`;
  if (!row) throw new Error('insert into users returned nothing');
  return row.id;
}

export async function insertSession(sql: Sql, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
  await sql`insert into sessions (id, user_id, expires_at) values (${tokenHash}, ${userId}, ${expiresAt})`;
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql`delete from sessions where id = ${tokenHash}`;
}

export async function setPassword(sql: Sql, userId: string, passwordHash: string): Promise<void> {
  await sql`update users set password_hash = ${passwordHash} where id = ${userId}`;
}

/** Ends every session of a user (log out everywhere, password change or reset). */
export async function deleteUserSessions(sql: Sql, userId: string, exceptTokenHash?: string): Promise<number> {
  const rows = await sql`delete from sessions where user_id = ${userId}
                         and ${exceptTokenHash ? sql`id <> ${exceptTokenHash}` : sql`true`} returning id`;
  return rows.length;
}
