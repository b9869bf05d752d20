import { z } from 'zod';
import { endpoint } from './endpoint';
import { pageOf } from './paging';

export const LoginSchema = z.object({
  email: z.email({ message: 'vul een geldig e-mailadres in' }),
  password: z.string().min(1, 'vul een wachtwoord in').max(200, 'wachtwoord is te lang'),
});
export type Login = z.infer<typeof LoginSchema>;

export const RoleSchema = z.enum(['admin', 'researcher', 'ikc', 'municipality']);
export type Role = z.infer<typeof RoleSchema>;

export const MeSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
});
export type Me = z.infer<typeof MeSchema>;

export const UserScopeSchema = z.object({
  organisationIds: z.array(z.uuid()).default([]),
  ikcIds: z.array(z.uuid()).default([]),
  locationIds: z.array(z.uuid()).default([]),
});
export type UserScope = z.infer<typeof UserScopeSchema>;

export const InviteUserSchema = z.object({
  email: z.email({ message: 'vul een geldig e-mailadres in' }),
  name: z.string().trim().min(1, 'vul een naam in').max(200),
  role: RoleSchema,
  scope: UserScopeSchema,
});
export type InviteUser = z.infer<typeof InviteUserSchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  hasPassword: z.boolean(),
  /**
   * The scope as the viewer may see it: for a researcher only the entries inside their own organisations, never
   * what the user may see elsewhere.
   */
  scope: UserScopeSchema,
  /**
   * The user's access reaches beyond the viewer's organisations, so only an admin may change, reset or block them
   * (otherwise a researcher could take over an account that also reads another organisation's data).
   */
  managedByAdmin: z.boolean().default(false),
});
export type User = z.infer<typeof UserSchema>;

/**
 * A one-time link to set a password: emailed to the user when SMTP is configured (and then never shown to the
 * person who invited or reset), otherwise shown once to that person to pass on. `emailError` says why the link is
 * shown although email is configured.
 */
export const PasswordLinkSchema = z.discriminatedUnion('delivery', [
  z.object({ delivery: z.literal('email'), to: z.string(), expiresAt: z.string() }),
  z.object({ delivery: z.literal('link'), url: z.string(), expiresAt: z.string(), emailError: z.string().optional() }),
]);
export type PasswordLink = z.infer<typeof PasswordLinkSchema>;

export const SetPasswordSchema = z.object({
  token: z.string().min(20, 'de link is onvolledig'),
  password: z.string().min(10, 'kies een wachtwoord van minstens 10 tekens').max(200, 'wachtwoord is te lang'),
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'vul uw huidige wachtwoord in'),
  newPassword: z.string().min(10, 'kies een wachtwoord van minstens 10 tekens').max(200, 'wachtwoord is te lang'),
});

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  user: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const UserListSchema = z.object({ items: z.array(UserSchema) });
export const UpdateUserSchema = InviteUserSchema.omit({ email: true });
export const InvitationSchema = z.object({ user: UserSchema, invitation: PasswordLinkSchema });
export const AuditQuerySchema = z.object({
  page: z.coerce.number({ message: 'moet een getal zijn' }).int().min(1, 'moet 1 of meer zijn').default(1),
  pageSize: z.coerce.number({ message: 'moet een getal zijn' }).int().min(1).max(200, 'hoogstens 200').default(50),
});
export const AuditPageSchema = pageOf(AuditEntrySchema);

/** Sessions, passwords, users and the audit log: who may do what, and who did. */
export const accountsApi = {
  login: endpoint({ method: 'POST', path: '/api/session/login', body: LoginSchema, answer: MeSchema }),
  setPassword: endpoint({
    method: 'POST',
    path: '/api/session/password/set',
    body: SetPasswordSchema,
    answer: MeSchema,
  }),
  me: endpoint({ method: 'GET', path: '/api/session/me', answer: MeSchema }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/session/password',
    body: ChangePasswordSchema,
    answer: 'none',
  }),
  logout: endpoint({ method: 'POST', path: '/api/session/logout', answer: 'none' }),
  logoutEverywhere: endpoint({ method: 'POST', path: '/api/session/logout-everywhere', answer: 'none' }),
  users: endpoint({ method: 'GET', path: '/api/users', answer: UserListSchema }),
  invite: endpoint({ method: 'POST', path: '/api/users', body: InviteUserSchema, answer: InvitationSchema }),
  updateUser: endpoint({ method: 'PATCH', path: '/api/users/:id', body: UpdateUserSchema, answer: UserSchema }),
  resetPassword: endpoint({ method: 'POST', path: '/api/users/:id/reset-password', answer: PasswordLinkSchema }),
  disableUser: endpoint({ method: 'POST', path: '/api/users/:id/disable', answer: UserSchema }),
  enableUser: endpoint({ method: 'POST', path: '/api/users/:id/enable', answer: UserSchema }),
  audit: endpoint({ method: 'GET', path: '/api/audit', query: AuditQuerySchema, answer: AuditPageSchema }),
};
