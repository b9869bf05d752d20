import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, SessionUser } from './context';
import type { Sql } from './db';
import { AppError } from './errors';

export const SESSION_COOKIE = 'driehoek_session';
export const SESSION_DAYS = 14;
export const CSRF_HEADER = 'x-driehoek-csrf';

export const newSessionToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

export function setSessionCookie(c: Context<AppEnv>, token: string, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: SESSION_DAYS * 24 * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/**
 * Requires a logged-in staff member. State-changing requests must also carry the CSRF header, which a cross-site
 * form or image cannot send.
 */
export const requireStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const user = token ? await findSessionUser(c.var.deps.sql, hashToken(token), c.var.deps.now()) : undefined;
  if (!user) throw new AppError('unauthenticated', 'Log eerst in.');
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.header(CSRF_HEADER) !== '1') {
    throw new AppError('forbidden', `header ${CSRF_HEADER}: ontbreekt (bescherming tegen CSRF)`, CSRF_HEADER);
  }
  c.set('user', user);
  await next();
};

/** The staff member a session token hash belongs to, while the session lasts and the account is not blocked. */
export async function findSessionUser(sql: Sql, tokenHash: string, now: Date): Promise<SessionUser | undefined> {
  const [row] = await sql<SessionUser[]>`
    select u.id, u.email, u.name, u.role
      from sessions s join users u on u.id = s.user_id
     where s.id = ${tokenHash} and s.expires_at > ${now} and u.disabled_at is null`;
  return row;
}
