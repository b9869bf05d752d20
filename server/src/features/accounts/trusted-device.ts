import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { hashToken, newSessionToken } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import type { Sql } from '../../platform/db';

export const DEVICE_COOKIE = 'driehoek_device';
const DEVICE_DAYS = 180;

/**
 * The trusted device this request comes from for the account `email`, as the hash its failed attempts are counted
 * under; undefined when the browser never logged in to that account (or the cookie expired).
 */
export async function findTrustedDevice(
  c: Context<AppEnv>,
  sql: Sql,
  email: string,
  now: Date,
): Promise<string | undefined> {
  const token = getCookie(c, DEVICE_COOKIE);
  if (!token) return undefined;
  const id = hashToken(token);
  const [row] = await sql<{ id: string }[]>`
    select d.id from trusted_devices d join users u on u.id = d.user_id
     where d.id = ${id} and d.expires_at > ${now} and u.email = ${email.toLowerCase()}`;
  return row?.id;
}

/** Remembers this browser for the user after a successful login; the old token of this browser stops working. */
export async function trustDevice(c: Context<AppEnv>, sql: Sql, userId: string, now: Date, secure: boolean) {
  const old = getCookie(c, DEVICE_COOKIE);
  if (old) await sql`delete from trusted_devices where id = ${hashToken(old)}`;
  const token = newSessionToken();
  await sql`insert into trusted_devices (id, user_id, expires_at)
            values (${hashToken(token)}, ${userId}, ${new Date(now.getTime() + DEVICE_DAYS * 86400_000)})`;
  await sql`delete from trusted_devices where expires_at < ${now}`;
  setCookie(c, DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/api/session',
    maxAge: DEVICE_DAYS * 24 * 3600,
  });
}
