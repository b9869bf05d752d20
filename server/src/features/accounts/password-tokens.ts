import { hashToken, newSessionToken } from '../../platform/auth';
import type { Sql } from '../../platform/db';

export const TOKEN_DAYS = { invite: 14, reset: 2 } as const;

/** A single-use link token to set a password; only its hash is stored. Earlier unused tokens stop working. */
export async function issuePasswordToken(
  sql: Sql,
  userId: string,
  purpose: 'invite' | 'reset',
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + TOKEN_DAYS[purpose] * 86400_000);
  await sql`delete from password_tokens where user_id = ${userId} and used_at is null`;
  await sql`insert into password_tokens (id, user_id, purpose, expires_at)
            values (${hashToken(token)}, ${userId}, ${purpose}, ${expiresAt})`;
  return { token, expiresAt };
}

/**
 * Marks a valid token used and returns its user, or undefined when it is unknown, used, expired, or its user is
 * blocked (a reset link sent before the block must not unblock the account in practice).
 */
export async function consumePasswordToken(sql: Sql, token: string, now: Date): Promise<string | undefined> {
  const [row] = await sql<{ userId: string }[]>`
    update password_tokens t set used_at = ${now}
      from users u
     where t.id = ${hashToken(token)} and t.used_at is null and t.expires_at > ${now}
       and u.id = t.user_id and u.disabled_at is null
    returning t.user_id as "userId"`;
  return row?.userId;
}

/**
 * Ends every invitation and reset link of a user, and forgets the browsers they logged in from: a blocked account
 * keeps no way back in.
 */
export async function revokePasswordTokens(sql: Sql, userId: string): Promise<void> {
  await sql`delete from password_tokens where user_id = ${userId}`;
  await sql`delete from trusted_devices where user_id = ${userId}`;
}
