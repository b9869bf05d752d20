import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

/**
 * Serves the built web app. Hashed assets are immutable and served precompressed (br/gzip written at build);
 * every path without a file extension gets index.html so client routes like /s/<link> work on reload, but a
 * missing asset is a plain 404 — never HTML that a browser would try to run as a script.
 */
export function mountWebApp(app: Hono<AppEnv>, webDir: string): void {
  const indexPath = join(webDir, 'index.html');
  if (!existsSync(indexPath)) {
    app.get('/', (c) =>
      c.text('Driehoek API is running, but the web app is not built. Run `pnpm build` (or `pnpm start`).', 503),
    );
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root: webDir, precompressed: true }));
  app.use('*', serveStatic({ root: webDir, precompressed: true, index: '__none__' }));
  app.get('*', (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return c.text('Not found', 404);
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
