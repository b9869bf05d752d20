import { grantableRoles, InviteUserSchema, type PasswordLink, scopeProblem, type User } from '@driehoek/shared';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam } from '../../platform/http';
import { publicBase } from '../../platform/public-url';
import { notInScope, requireCapability } from '../../platform/scope';
import { passwordMail } from './password-mail';
import { issuePasswordToken, revokePasswordTokens } from './password-tokens';
import { deleteUserSessions, insertUser } from './session-queries';
import {
  emailTaken,
  findUserById,
  listUsers,
  replaceScope,
  scopeWithin,
  setUserDisabled,
  setUserRole,
} from './user-queries';

const Id = z.uuid({ message: 'geen geldig id' });
const UpdateUserSchema = InviteUserSchema.omit({ email: true });

async function assertGrantable(c: Context<AppEnv>, input: z.infer<typeof UpdateUserSchema>) {
  if (!grantableRoles(c.var.user.role).includes(input.role)) {
    throw new AppError('forbidden', `role: u kunt de rol ${input.role} niet toekennen`, 'role');
  }
  const problem = scopeProblem(input.role, input.scope);
  if (problem) throw new AppError('validation', problem.message, problem.field);
  if (!(await scopeWithin(c.var.deps.sql, c.var.user, input.scope))) {
    throw new AppError(
      'forbidden',
      'scope: u kunt alleen toegang geven tot organisaties waar u zelf toegang toe hebt',
      'scope',
    );
  }
}

/**
 * The user `id` if the caller may change, reset, block or unblock them: one they could have granted, whose whole
 * scope lies inside the caller's organisations. A user whose access also reaches another organisation is managed
 * by an admin: a researcher who could reset their password could log in as them and read that organisation too.
 */
async function manageable(c: Context<AppEnv>, id: string): Promise<User> {
  const user = await findUserById(c.var.deps.sql, c.var.user, id);
  if (!user || !grantableRoles(c.var.user.role).includes(user.role)) throw notInScope('Gebruiker');
  if (user.managedByAdmin) {
    throw new AppError(
      'forbidden',
      'Deze gebruiker heeft ook toegang buiten uw organisaties; alleen een beheerder kan de gebruiker wijzigen.',
    );
  }
  return user;
}

/**
 * Issues a one-time password link for `user` and emails it when SMTP is configured; the link itself is then never
 * shown to the person who asked, who could otherwise log in as the user. Shown instead when there is no mail
 * server, or when sending fails (the user must not be left without a way in).
 */
async function passwordLink(
  c: Context<AppEnv>,
  user: { id: string; email: string; name: string },
  purpose: 'invite' | 'reset',
): Promise<PasswordLink> {
  const { deps } = c.var;
  const { token, expiresAt } = await issuePasswordToken(deps.sql, user.id, purpose, deps.now());
  // The token travels in the fragment, which browsers never send to a server or put in a Referer.
  const url = `${publicBase(c)}/app/wachtwoord#${token}`;
  if (!deps.mailer) return { delivery: 'link', url, expiresAt: expiresAt.toISOString() };
  try {
    await deps.mailer.send(
      passwordMail({ purpose, to: user.email, name: user.name, by: c.var.user.name, url, expiresAt }),
    );
    return { delivery: 'email', to: user.email, expiresAt: expiresAt.toISOString() };
  } catch (error) {
    deps.logger.warn('password email not sent', { purpose, error: String(error) });
    return {
      delivery: 'link',
      url,
      expiresAt: expiresAt.toISOString(),
      emailError: 'De e-mail kon niet worden verstuurd. Geef deze link zelf door.',
    };
  }
}

export const userRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('users.manage'))
  .get('/', async (c) => c.json({ items: await listUsers(c.var.deps.sql, c.var.user) }))
  .post('/', async (c) => {
    const input = await readJson(c, InviteUserSchema);
    await assertGrantable(c, input);
    const { sql } = c.var.deps;
    if (await emailTaken(sql, input.email)) {
      // One answer wherever that account lives: it names no organisation and no role. (That the address is taken
      // cannot be hidden from someone who tries to use it; addresses are unique across the platform.)
      throw new AppError(
        'conflict',
        'email: dit e-mailadres is al in gebruik; zoek de gebruiker in de lijst of vraag een beheerder',
        'email',
      );
    }
    const id = await sql.begin(async (tx) => {
      const userId = await insertUser(tx, {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: null,
      });
      await replaceScope(tx, userId, input.scope);
      await recordAudit(tx, c.var.user, 'user.invite', { type: 'user', id: userId }, { role: input.role });
      return userId;
    });
    const user = await findUserById(sql, c.var.user, id);
    if (!user) throw new Error(`invited user ${id} not readable`);
    return c.json({ user, invitation: await passwordLink(c, user, 'invite') }, 201);
  })
  .patch('/:id', async (c) => {
    const user = await manageable(c, readParam(c, 'id', Id));
    const input = await readJson(c, UpdateUserSchema);
    await assertGrantable(c, input);
    await c.var.deps.sql.begin(async (tx) => {
      await setUserRole(tx, user.id, input.role, input.name);
      await replaceScope(tx, user.id, input.scope);
      await recordAudit(tx, c.var.user, 'user.update', { type: 'user', id: user.id }, { role: input.role });
    });
    return c.json(await findUserById(c.var.deps.sql, c.var.user, user.id));
  })
  .post('/:id/reset-password', async (c) => {
    const user = await manageable(c, readParam(c, 'id', Id));
    await c.var.deps.sql.begin(async (tx) => {
      await deleteUserSessions(tx, user.id);
      await recordAudit(tx, c.var.user, 'user.reset-password', { type: 'user', id: user.id });
    });
    return c.json(await passwordLink(c, user, 'reset'));
  })
  .post('/:id/disable', async (c) => {
    const user = await manageable(c, readParam(c, 'id', Id));
    if (user.id === c.var.user.id) throw new AppError('validation', 'id: u kunt uzelf niet blokkeren', 'id');
    await c.var.deps.sql.begin(async (tx) => {
      await setUserDisabled(tx, user.id, true);
      await deleteUserSessions(tx, user.id);
      await revokePasswordTokens(tx, user.id);
      await recordAudit(tx, c.var.user, 'user.disable', { type: 'user', id: user.id });
    });
    return c.json(await findUserById(c.var.deps.sql, c.var.user, user.id));
  })
  .post('/:id/enable', async (c) => {
    const user = await manageable(c, readParam(c, 'id', Id));
    await c.var.deps.sql.begin(async (tx) => {
      await setUserDisabled(tx, user.id, false);
      await recordAudit(tx, c.var.user, 'user.enable', { type: 'user', id: user.id });
    });
    return c.json(await findUserById(c.var.deps.sql, c.var.user, user.id));
  });
