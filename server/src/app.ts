import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './context';
import { AppError } from './errors';
import { healthRoutes } from './features/health/routes';
import { linkRoutes } from './features/links/routes';
import { monitorRoutes } from './features/monitor/routes';
import { responseRoutes } from './features/responses/routes';
import { sessionRoutes } from './features/session/routes';
import { mountWebApp } from './static';

export type CreateAppOptions = AppDeps & {
  /** The built web app (web/dist); omitted in API tests. */
  webDir?: string;
};

/** Builds the whole HTTP app around its dependencies, so tests run it in-process with `app.request`. */
export function createApp(options: CreateAppOptions) {
  const { webDir, ...deps } = options;
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
    }),
  );
  app.use('/api/*', compress());

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
    .route('/api/links', linkRoutes)
    .route('/api/responses', responseRoutes)
    .route('/api/session', sessionRoutes)
    .route('/api/monitor', monitorRoutes);

  app.all('/api/*', () => {
    throw new AppError('not_found', 'Dit adres bestaat niet in de API.');
  });
  if (webDir) mountWebApp(app, webDir);
  return api;
}

export type AppType = ReturnType<typeof createApp>;
