import { Hono } from 'hono';
import { except } from 'hono/combine';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { auditRoutes } from './features/accounts/audit-routes';
import { sessionRoutes } from './features/accounts/session-routes';
import { userRoutes } from './features/accounts/user-routes';
import { backupRoutes } from './features/backups/routes';
import { codeRoutes } from './features/codes/routes';
import { distributionRoutes } from './features/distribution/routes';
import { exclusionRoutes } from './features/exclusions/routes';
import { exportRoutes } from './features/exports/routes';
import { healthRoutes } from './features/health/routes';
import { ikcReportRoutes } from './features/ikc-reports/routes';
import { instrumentRoutes } from './features/instruments/routes';
import { lifecycleJobs } from './features/lifecycle/retention';
import { lifecycleRoutes } from './features/lifecycle/routes';
import { LinkCache } from './features/links/link-cache';
import { linkRoutes } from './features/links/routes';
import { meetingRoutes } from './features/meetings/routes';
import { monitorRoutes } from './features/monitor/routes';
import { reviewRoutes } from './features/open-answers/routes';
import { onPublicationChanged } from './features/overview/location-scores';
import { overviewJobs } from './features/overview/refresh-rows';
import { overviewRoutes } from './features/overview/routes';
import { planRoutes } from './features/plans/routes';
import { publicPrivacyRoutes } from './features/privacy/public-routes';
import { privacyRoutes } from './features/privacy/routes';
import { reportRoutes } from './features/reports/routes';
import { responseRoutes } from './features/responses/routes';
import { SaveBatcher } from './features/responses/save-batcher';
import { TrafficCounter } from './features/responses/traffic-counter';
import { roundSeriesRoutes } from './features/rounds/bulk-routes';
import { roundRoutes } from './features/rounds/routes';
import { roundJobs } from './features/rounds/schedule';
import { structureImportRoutes } from './features/structure/import-routes';
import { locationRoutes } from './features/structure/location-routes';
import { ikcRoutes, organisationRoutes } from './features/structure/organisation-routes';
import { publicSummaryRoutes } from './features/summaries/public-routes';
import { onPublicationForSummaries } from './features/summaries/publication-listener';
import { summaryRoutes } from './features/summaries/routes';
import { visitRoutes } from './features/visits/routes';
import { limitApiBodies } from './platform/body-limit';
import type { AppDeps, AppEnv } from './platform/context';
import { AppError } from './platform/errors';
import type { JobRunner } from './platform/jobs';
import { isHttps } from './platform/public-url';
import { mountWebApp } from './platform/static';
import { ClientFailures } from './platform/throttle/client-failures';

/** Failed logins and bad codes one client address may make in 15 minutes (per process, see ClientFailures). */
const CLIENT_LOGIN_FAILURES = 20;
const CLIENT_CODE_FAILURES = 10;

export type CreateAppOptions = AppDeps & {
  /** The built web app (web/dist); omitted in API tests. */
  webDir?: string;
  /** Gets the app's scheduled jobs (rounds opening and closing on their dates, retention); main starts and stops it. */
  jobs?: JobRunner;
};

/** Builds the whole HTTP app around its dependencies, so tests run it in-process with `app.request`. */
export function createApp(options: CreateAppOptions) {
  const { webDir, jobs, ...given } = options;
  const deps: AppDeps = {
    ...given,
    linkCache: given.linkCache ?? new LinkCache(),
    traffic: given.traffic ?? new TrafficCounter(given.sql, given.logger),
    saves: given.saves ?? new SaveBatcher(given.sql),
    hooks: given.hooks ?? {
      roundStatusChanged: [],
      publicationChanged: [onPublicationChanged, onPublicationForSummaries],
    },
    clientFailures: given.clientFailures ?? {
      logins: new ClientFailures(CLIENT_LOGIN_FAILURES, 15 * 60_000),
      codes: new ClientFailures(CLIENT_CODE_FAILURES, 15 * 60_000),
    },
  };
  jobs?.register(roundJobs(deps));
  jobs?.register(lifecycleJobs(deps));
  jobs?.register(overviewJobs(deps));
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    // Route patterns only: ids of links and responses stay out of the logs.
    deps.logger.info('request', {
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // SurveyJS sets inline styles on elements; scripts stay 'self' only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
      // Only where the public address is https: over plain http the header is ignored by browsers at best, and
      // behind a proxy that later gains TLS on another name it would pin a host that never asked for it.
      strictTransportSecurity: isHttps(deps.publicUrl) ? 'max-age=15552000; includeSubDomains' : false,
    }),
  );
  // A submission's answer is a few dozen bytes. Hono's compress cannot see a body's length before it runs, so on
  // every response it adds a Vary header, which rebuilds the response as a web stream: a tenth of a submission's CPU
  // and a second socket write, for a body it would not compress anyway.
  app.use('/api/*', except('/api/responses/*', compress()));
  app.use('/api/*', limitApiBodies());

  app.onError((err, c) => {
    if (err instanceof AppError) {
      return c.json({ error: { code: err.code, message: err.message, field: err.field } }, err.status);
    }
    deps.logger.error('unhandled error', { route: c.req.routePath, error: String(err) });
    return c.json(
      { error: { code: 'internal', message: 'Er ging iets mis aan onze kant. Probeer het zo opnieuw.' } },
      500,
    );
  });

  const api = app
    .route('/healthz', healthRoutes)
    // The public summaries for parents and children: server-rendered pages, outside the API (decision 0011).
    .route('/samenvatting', publicSummaryRoutes)
    // Each organisation's privacy statement for respondents, linked from landing pages, letters and posters.
    .route('/privacy', publicPrivacyRoutes)
    .route('/api/links', linkRoutes)
    .route('/api/responses', responseRoutes)
    .route('/api/session', sessionRoutes)
    .route('/api/monitor', monitorRoutes)
    .route('/api/organisations', organisationRoutes)
    .route('/api/ikcs', ikcRoutes)
    .route('/api/locations', locationRoutes)
    .route('/api/structure-import', structureImportRoutes)
    .route('/api/rounds', roundRoutes)
    .route('/api/rounds', roundSeriesRoutes)
    .route('/api/distribution', distributionRoutes)
    .route('/api/codes', codeRoutes)
    .route('/api/visits', visitRoutes)
    .route('/api/open-answers', reviewRoutes)
    .route('/api/users', userRoutes)
    .route('/api/reports', reportRoutes)
    .route('/api/ikc-reports', ikcReportRoutes)
    .route('/api/exports', exportRoutes)
    .route('/api/exclusions', exclusionRoutes)
    .route('/api/lifecycle', lifecycleRoutes)
    .route('/api/privacy', privacyRoutes)
    .route('/api/plans', planRoutes)
    .route('/api/meetings', meetingRoutes)
    .route('/api/overview', overviewRoutes)
    .route('/api/summaries', summaryRoutes)
    .route('/api/audit', auditRoutes)
    .route('/api/backups', backupRoutes)
    .route('/api/instruments', instrumentRoutes);

  app.all('/api/*', () => {
    throw new AppError('not_found', 'Dit adres bestaat niet in de API.');
  });
  if (webDir) mountWebApp(app, webDir);
  return api;
}

export type AppType = ReturnType<typeof createApp>;
