import { z } from 'zod';

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
