import { fileURLToPath } from 'node:url';
import { AUDIENCE_NL } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { createApp } from './app';
import { TrafficCounter } from './features/responses/traffic-counter';
import { setUpBackups } from './platform/backup/wiring';
import { openDatabase } from './platform/db';
import { parseEnv, readProcessEnv } from './platform/env';
import { startHttpServer } from './platform/http-server';
import { JobRunner } from './platform/jobs';
import { createLogger } from './platform/logger';
import { createMailer } from './platform/mailer';
import { migrate } from './platform/migrate';
import { closePdfRenderer } from './platform/pdf';
import { listeningUrl } from './platform/public-url';
import { DEMO_LOGIN, DEMO_USERS, listDemoLinks, seedDemo } from './seed/demo';

const SHUTDOWN_GRACE_MS = 10_000;
/** How often each process looks for scheduled work (rounds to open or close); catching up is the same look. */
const JOBS_INTERVAL_MS = 60_000;

async function main(): Promise<void> {
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(readProcessEnv());
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(env.LOG_LEVEL);
  const started = performance.now();
  const catalog = loadInstruments();
  const db = await openDatabase(
    env.DATABASE_URL
      ? { databaseUrl: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { dataDir: env.DRIEHOEK_DATA_DIR },
  );
  const backups = setUpBackups(db, env, logger);
  await backups.beforeMigrations();
  const applied = await migrate(db.sql);
  if (applied.length > 0) logger.info('migrations applied', { versions: applied });
  const seeded = env.DRIEHOEK_DEMO === 'on' ? await seedDemo(db.sql, catalog, new Date()) : { seeded: false };

  // Made here so shutdown can write the last second's counts before the database closes.
  const traffic = new TrafficCounter(db.sql, logger);
  // Scheduled work: every process runs the runner, one process at a time runs each job (advisory locks).
  const jobs = new JobRunner({ sql: db.sql, logger, intervalMs: JOBS_INTERVAL_MS });
  // The app is built once the port is known (PORT=0 picks one): every link it hands out carries the public URL,
  // which defaults to the listening address. Requests cannot arrive before it is built: the listening callback and
  // the build run in one turn of the event loop.
  let app: ReturnType<typeof createApp> | undefined;
  const server = await startHttpServer(
    (request, bindings) => (app ? app.fetch(request, bindings) : new Response(null, { status: 503 })),
    { port: env.PORT, hostname: env.HOST },
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const base = env.DRIEHOEK_PUBLIC_URL ?? listeningUrl(env.HOST, port);
  const mailer =
    env.DRIEHOEK_SMTP_URL && env.DRIEHOEK_MAIL_FROM
      ? createMailer(env.DRIEHOEK_SMTP_URL, env.DRIEHOEK_MAIL_FROM)
      : undefined;
  app = createApp({
    mailer,
    traffic,
    jobs,
    backups: backups.service,
    sql: db.sql,
    catalog,
    now: () => new Date(),
    logger,
    webDir: fileURLToPath(new URL('../../web/dist/', import.meta.url)),
    publicUrl: base,
    graceMinutes: env.DRIEHOEK_GRACE_MINUTES,
    linkRatePerMinute: env.DRIEHOEK_LINK_RATE_PER_MINUTE,
    chromiumPath: env.CHROMIUM_PATH,
  });
  logger.info('listening', {
    port,
    database: db.kind,
    dataDir: db.kind === 'embedded' ? env.DRIEHOEK_DATA_DIR : undefined,
    startupMs: Math.round(performance.now() - started),
  });
  if (!env.DRIEHOEK_PUBLIC_URL) {
    logger.warn('DRIEHOEK_PUBLIC_URL is not set', {
      links: base,
      advice:
        'letters, QR codes and invitations carry this address; set DRIEHOEK_PUBLIC_URL to the public https address',
    });
  }
  jobs.start();
  backups.started(env.HOST, port);
  await printWelcome(base, db.sql, seeded.seeded, env.DRIEHOEK_DEMO === 'on');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    // Stop accepting, let in-flight requests finish, then close the database.
    server.close(async () => {
      await jobs.stop();
      mailer?.close();
      await closePdfRenderer();
      await traffic.flush();
      await backups.stop();
      await db.close();
      logger.info('stopped');
      process.exit(0);
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

async function printWelcome(base: string, sql: Parameters<typeof listDemoLinks>[0], seeded: boolean, demo: boolean) {
  const lines = ['', `Driehoek draait op ${base}`, ''];
  if (demo) {
    const links = await listDemoLinks(sql);
    if (links.length > 0) {
      lines.push(seeded ? 'Demo-scan aangemaakt. Vragenlijsten:' : 'Vragenlijsten van open rondes:');
      for (const l of links) lines.push(`  ${l.location} — ${AUDIENCE_NL[l.audience]}: ${base}/s/${l.linkId}`);
      lines.push('');
    }
    lines.push(`Medewerkers: ${base}/app`, `  demo-login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
    const others = DEMO_USERS.filter((u) => u.email !== DEMO_LOGIN.email).map((u) => `${u.email} (${u.role})`);
    lines.push(`  andere rollen, zelfde wachtwoord: ${others.join(', ')}`, '');
  } else {
    lines.push(`Medewerkers: ${base}/app`, '');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`Driehoek could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
