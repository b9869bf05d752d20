import { ChangePasswordSchema, LoginSchema, type Me, SetPasswordSchema } from '@driehoek/shared';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { type AppEnv, readJson } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/queries';
import { hashPassword, verifyPassword } from './password';
import { consumePasswordToken } from './password-tokens';
import { deleteSession, deleteUserSessions, findUserByEmail, insertSession, setPassword } from './queries';
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
import { clearFailures, isThrottled, recordFailure, WINDOW_MINUTES } from './throttle';

const toMe = (u: { email: string; name: string; role: Me['role'] }): Me => ({
  email: u.email,
  name: u.name,
  role: u.role,
});

function requireCsrfHeader(c: Context<AppEnv>) {
  if (c.req.header(CSRF_HEADER) !== '1') {
    throw new AppError('forbidden', `header ${CSRF_HEADER}: ontbreekt (bescherming tegen CSRF)`, CSRF_HEADER);
  }
}

/** A fresh session token on every login, so a token planted before login (session fixation) is never promoted. */
async function startSession(c: Context<AppEnv>, userId: string) {
  const { sql, now } = c.var.deps;
  const token = newSessionToken();
  await insertSession(sql, hashToken(token), userId, new Date(now().getTime() + SESSION_DAYS * 86400_000));
  // Behind a TLS-terminating load balancer the request arrives over http; the public URL tells the truth.
  setSessionCookie(c, token, (c.var.deps.publicUrl ?? c.req.url).startsWith('https:'));
}

export const sessionRoutes = new Hono<AppEnv>()
  .post('/login', async (c) => {
    requireCsrfHeader(c);
    const { email, password } = await readJson(c, LoginSchema);
    const { sql, now } = c.var.deps;
    if (await isThrottled(sql, email, now())) {
      throw new AppError(
        'rate_limited',
        `Te vaak een verkeerd wachtwoord. Probeer het over ${WINDOW_MINUTES} minuten opnieuw, of vraag een beheerder om een nieuw wachtwoord.`,
      );
    }
    const user = await findUserByEmail(sql, email);
    const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
    if (!user || !ok) {
      await recordFailure(sql, email, now());
      throw new AppError('unauthenticated', 'E-mailadres of wachtwoord klopt niet.');
    }
    await clearFailures(sql, email);
    await startSession(c, user.id);
    await recordAudit(sql, user, 'session.login', { type: 'user', id: user.id });
    return c.json(toMe(user));
  })
  .post('/password/set', async (c) => {
    requireCsrfHeader(c);
    const { token, password } = await readJson(c, SetPasswordSchema);
    const { sql, now } = c.var.deps;
    const passwordHash = await hashPassword(password);
    const userId = await sql.begin(async (tx) => {
      const id = await consumePasswordToken(tx, token, now());
      if (!id) return undefined;
      await setPassword(tx, id, passwordHash);
      await deleteUserSessions(tx, id);
      await recordAudit(tx, undefined, 'user.password-set', { type: 'user', id });
      return id;
    });
    if (!userId) {
      throw new AppError('validation', 'token: deze link is verlopen of al gebruikt; vraag een nieuwe aan', 'token');
    }
    await startSession(c, userId);
    const [user] = await sql<Me[]>`select email, name, role from users where id = ${userId}`;
    return c.json(user);
  })
  .get('/me', requireStaff, (c) => c.json(toMe(c.var.user)))
  .post('/password', requireStaff, async (c) => {
    const { currentPassword, newPassword } = await readJson(c, ChangePasswordSchema);
    const { sql } = c.var.deps;
    const user = await findUserByEmail(sql, c.var.user.email);
    if (!user?.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
      throw new AppError('validation', 'currentPassword: uw huidige wachtwoord klopt niet', 'currentPassword');
    }
    const token = getCookie(c, SESSION_COOKIE);
    const passwordHash = await hashPassword(newPassword);
    await sql.begin(async (tx) => {
      await setPassword(tx, user.id, passwordHash);
      // Other devices are logged out; this one stays in.
      await deleteUserSessions(tx, user.id, token ? hashToken(token) : undefined);
      await recordAudit(tx, c.var.user, 'user.password-change', { type: 'user', id: user.id });
    });
    return c.body(null, 204);
  })
  .post('/logout', requireStaff, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(c.var.deps.sql, hashToken(token));
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .post('/logout-everywhere', requireStaff, async (c) => {
    const ended = await deleteUserSessions(c.var.deps.sql, c.var.user.id);
    await recordAudit(
      c.var.deps.sql,
      c.var.user,
      'session.logout-everywhere',
      { type: 'user', id: c.var.user.id },
      { ended },
    );
    clearSessionCookie(c);
    return c.body(null, 204);
  });
