import { z } from 'zod';

const portSchema = z.coerce
  .number({ message: 'moet een getal zijn' })
  .int('moet een geheel getal zijn')
  .min(0)
  .max(65535, 'moet tussen 0 en 65535 liggen');

const EnvSchema = z.object({
  PORT: portSchema.default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres:// of postgresql://')
    .optional(),
  DRIEHOEK_DATA_DIR: z.string().min(1).default('./data'),
  /** Folder of backups; defaults to `backups` in DRIEHOEK_DATA_DIR. Decision 0008. */
  DRIEHOEK_BACKUP_DIR: z.string().min(1).optional(),
  /** How many backups the folder keeps; older ones are deleted after each new one. */
  DRIEHOEK_BACKUP_KEEP: z.coerce
    .number({ message: 'moet een getal zijn' })
    .int('moet een geheel getal zijn')
    .min(1, 'moet minstens 1 zijn')
    .max(1000, 'hoogstens 1000')
    .default(7),
  /** Daily backups and one before every migration, on the embedded database. */
  DRIEHOEK_BACKUP_AUTO: z.enum(['on', 'off']).default('on'),
  /** Seed the demo scan on first start (an empty database). */
  DRIEHOEK_DEMO: z.enum(['on', 'off']).default('on'),
  /** Public base URL printed with links, e.g. https://scan.example.nl. Defaults to http://localhost:PORT. */
  DRIEHOEK_PUBLIC_URL: z.url({ message: 'moet een volledige URL zijn' }).optional(),
  /** Minutes after a round closes during which people who were answering may still submit. */
  DRIEHOEK_GRACE_MINUTES: z.coerce
    .number({ message: 'moet een getal zijn' })
    .int('moet een geheel getal zijn')
    .min(0, 'mag niet negatief zijn')
    .max(7 * 24 * 60, 'hoogstens een week (10080)')
    .default(60),
  /** New responses per link per minute before further ones are asked to wait (stops scripted ballot stuffing). */
  DRIEHOEK_LINK_RATE_PER_MINUTE: z.coerce
    .number({ message: 'moet een getal zijn' })
    .int('moet een geheel getal zijn')
    .min(1, 'moet minstens 1 zijn')
    .max(1_000_000, 'hoogstens 1000000')
    .default(60),
  /** Chromium used to print reports to PDF; without it the report page explains how to print from the browser. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /**
   * SMTP server for staff invitations and password resets, e.g. smtps://user:password@mail.example.nl:465. Without
   * it the links are shown to the person who made them, as before.
   */
  DRIEHOEK_SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      'moet beginnen met smtp:// of smtps:// (bijvoorbeeld smtps://gebruiker:wachtwoord@host:465)',
    )
    .optional(),
  /** Sender of those emails, e.g. "Driehoek <scan@example.nl>"; required with DRIEHOEK_SMTP_URL. */
  DRIEHOEK_MAIL_FROM: z
    .string()
    .regex(/^([^<>\n]+<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/, 'moet een e-mailadres zijn, eventueel als "Naam <adres>"')
    .optional(),
  /** Size of the connection pool to a real PostgreSQL server. The embedded database always uses one connection. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof EnvSchema>;

/** Settings that only make sense together. */
const EnvRules = EnvSchema.superRefine((env, ctx) => {
  if (env.DRIEHOEK_SMTP_URL && !env.DRIEHOEK_MAIL_FROM)
    ctx.addIssue({ code: 'custom', path: ['DRIEHOEK_MAIL_FROM'], message: 'is nodig als DRIEHOEK_SMTP_URL is gezet' });
});

/**
 * Parses the environment once at boot. A bad value throws a message naming the variable, so a wrong deploy stops
 * before it serves anything. Empty strings count as unset.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvRules.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Test database from the environment, read here so no other file touches process.env. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The folder `pnpm <script>` was typed in (pnpm runs scripts elsewhere): relative paths on a command line start here. */
export function invocationDir(): string {
  return process.env.INIT_CWD || process.cwd();
}

/** Where programs such as pg_dump are looked for. */
export function searchPath(): string {
  return process.env.PATH ?? '';
}

export function readProcessEnv(): Record<string, string | undefined> {
  return process.env;
}
