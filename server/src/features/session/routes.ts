import { LoginSchema, type Me } from '@driehoek/shared';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { type AppEnv, readJson } from '../../context';
import { AppError } from '../../errors';
import { verifyPassword } from './password';
import { deleteSession, findUserByEmail, insertSession } from './queries';
import {
  CSRF_HEADER,
  clearSessionCookie,
  hashToken,
  newSessionToken,
  requireStaff,
  SESSION_COOKIE,
  SESSION_DAYS,
  setSessionCookie,
} from './session-cookie';

const toMe = (u: { email: string; name: string; role: Me['role'] }): Me => ({
  email: u.email,
  name: u.name,
  role: u.role,
});

export const sessionRoutes = new Hono<AppEnv>()
  .post('/login', async (c) => {
    if (c.req.header(CSRF_HEADER) !== '1') {
      throw new AppError('forbidden', `header ${CSRF_HEADER}: ontbreekt (bescherming tegen CSRF)`, CSRF_HEADER);
    }
    const { email, password } = await readJson(c, LoginSchema);
    const { sql, now } = c.var.deps;
    const user = await findUserByEmail(sql, email);
    const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
    if (!user || !ok) throw new AppError('unauthenticated', 'E-mailadres of wachtwoord klopt niet.');
    const token = newSessionToken();
    await insertSession(sql, hashToken(token), user.id, new Date(now().getTime() + SESSION_DAYS * 86400_000));
    setSessionCookie(c, token, new URL(c.req.url).protocol === 'https:');
    return c.json(toMe(user));
  })
  .get('/me', requireStaff, (c) => c.json(toMe(c.var.user)))
  .post('/logout', requireStaff, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(c.var.deps.sql, hashToken(token));
    clearSessionCookie(c);
    return c.body(null, 204);
  });
