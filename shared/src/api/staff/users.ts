import { z } from 'zod';
import { RoleSchema } from '../session';

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

/** A one-time link to set a password, shown once to the person who invited or reset. */
export const PasswordLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });

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
