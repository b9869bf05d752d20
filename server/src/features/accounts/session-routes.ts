import { ChangePasswordSchema, LoginSchema, type Me, SetPasswordSchema } from '@driehoek/shared';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { recordAudit } from '../../platform/audit';
import {
  CSRF_HEADER,
  clearSessionCookie,
  hashToken,
  newSessionToken,
  requireStaff,
  SESSION_COOKIE,
  SESSION_DAYS,
  setSessionCookie,
} from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson } from '../../platform/http';
import { isHttps } from '../../platform/public-url';
import { clientAddress } from '../../platform/throttle/client-failures';
import { attemptsExhausted, clearFailedAttempts, recordFailedAttempt } from '../../platform/throttle/failed-attempts';
import { ACCOUNT_WINDOW, DEVICE_WINDOW, PASSWORD_CHANGE_WINDOW } from './login-throttle';
import { hashPassword, verifyLoginPassword, verifyPassword } from './password';
import { consumePasswordToken } from './password-tokens';
import { deleteSession, deleteUserSessions, findUserByEmail, insertSession, setPassword } from './session-queries';
import { findTrustedDevice, trustDevice } from './trusted-device';

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

/** Behind a TLS-terminating load balancer the request arrives over http; the public URL tells the truth. */
const secureCookies = (c: Context<AppEnv>) => isHttps(c.var.deps.publicUrl);

/** A fresh session token on every login, so a token planted before login (session fixation) is never promoted. */
async function startSession(c: Context<AppEnv>, userId: string) {
  const { sql, now } = c.var.deps;
  const token = newSessionToken();
  await insertSession(sql, hashToken(token), userId, new Date(now().getTime() + SESSION_DAYS * 86400_000));
  setSessionCookie(c, token, secureCookies(c));
}

const tooManyFromClient = () =>
  new AppError(
    'rate_limited',
    'Te veel mislukte inlogpogingen vanaf dit apparaat of netwerk. Probeer het over 15 minuten opnieuw.',
  );

const tooManyForAccount = (trusted: boolean) =>
  new AppError(
    'rate_limited',
    trusted
      ? 'Te vaak een verkeerd wachtwoord op dit apparaat. Probeer het over 15 minuten opnieuw, of vraag een beheerder om een nieuwe wachtwoordlink.'
      : 'Te vaak een verkeerd wachtwoord voor dit account. Log in op een apparaat waarop u eerder inlogde, probeer het over 15 minuten opnieuw, of vraag een beheerder om een nieuwe wachtwoordlink.',
  );

export const sessionRoutes = new Hono<AppEnv>()
  /**
   * Guessing is slowed three ways without locking the owner out: per client address (in memory), per account for
   * browsers that never logged in to it, and per trusted browser (a device cookie set at every successful login),
   * so a guesser who exhausts the account's attempts leaves its owner's own browser able to log in.
   */
  .post('/login', async (c) => {
    requireCsrfHeader(c);
    const { email, password } = await readJson(c, LoginSchema);
    const { sql, now } = c.var.deps;
    const at = now();
    const client = clientAddress(c);
    const clients = c.var.deps.clientFailures?.logins;
    if (clients?.exhausted(client, at)) throw tooManyFromClient();
    const device = await findTrustedDevice(c, sql, email, at);
    const key = device ? `device:${device}` : `login:${email.toLowerCase()}`;
    const window = device ? DEVICE_WINDOW : ACCOUNT_WINDOW;
    if (await attemptsExhausted(sql, key, window, at)) throw tooManyForAccount(device !== undefined);
    const user = await findUserByEmail(sql, email);
    // Always derived, also without an account: see verifyLoginPassword.
    const verified = await verifyLoginPassword(password, user?.passwordHash);
    if (!user || !verified) {
      clients?.record(client, at);
      await recordFailedAttempt(sql, key, window, at);
      throw new AppError('unauthenticated', 'E-mailadres of wachtwoord klopt niet.');
    }
    await clearFailedAttempts(sql, key);
    await startSession(c, user.id);
    await trustDevice(c, sql, user.id, at, secureCookies(c));
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
    const { sql, now } = c.var.deps;
    const key = `password:${c.var.user.id}`;
    if (await attemptsExhausted(sql, key, PASSWORD_CHANGE_WINDOW, now())) {
      throw new AppError(
        'rate_limited',
        'Te vaak een verkeerd huidig wachtwoord. Probeer het over 15 minuten opnieuw, of log uit en vraag een nieuwe wachtwoordlink.',
      );
    }
    const user = await findUserByEmail(sql, c.var.user.email);
    if (!user?.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
      await recordFailedAttempt(sql, key, PASSWORD_CHANGE_WINDOW, now());
      throw new AppError('validation', 'currentPassword: uw huidige wachtwoord klopt niet', 'currentPassword');
    }
    await clearFailedAttempts(sql, key);
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
