import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './context';

/** What Vite's build manifest (`dist/.vite/manifest.json`) says of one module. */
type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** The respondent route's lazy chunk, as Vite names it in the manifest. */
const RESPONDENT_CHUNK = 'src/respondent/respondent-app.tsx';
const RESPONDENT_PATH = /^\/s\/([A-Za-z0-9_-]{1,100})\/?$/;

const escapeAttr = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The files the respondent route needs before it can paint its landing, beyond those index.html already loads: its
 * chunk, the chunks that chunk imports statically, and their CSS. Not SurveyJS: that is a dynamic import, fetched
 * while the parent reads the landing. Empty when the build has no manifest.
 */
export function respondentAssets(manifest: Manifest): { scripts: string[]; styles: string[] } {
  const entry = manifest[RESPONDENT_CHUNK];
  if (!entry) return { scripts: [], styles: [] };
  const alreadyLoaded = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    if (chunk.isEntry) {
      alreadyLoaded.add(chunk.file);
      for (const key of chunk.imports ?? []) alreadyLoaded.add(manifest[key]?.file ?? key);
    }
  }
  const scripts: string[] = [];
  const styles: string[] = [];
  const seen = new Set<string>();
  const visit = (chunk: ManifestChunk) => {
    // An entry's scripts and CSS are in index.html already.
    if (seen.has(chunk.file) || chunk.isEntry) return;
    seen.add(chunk.file);
    if (!alreadyLoaded.has(chunk.file)) scripts.push(chunk.file);
    for (const css of chunk.css ?? []) if (!styles.includes(css)) styles.push(css);
    for (const key of chunk.imports ?? []) {
      const next = manifest[key];
      if (next) visit(next);
    }
  };
  visit(entry);
  return { scripts, styles };
}

/**
 * index.html for a respondent's link `/s/<linkId>`: besides the app's entry it asks at once for the respondent chunk,
 * its CSS and the link's questionnaire (`/api/links/<linkId>`, which the app then reads from the preload), so on a
 * slow phone the landing paints after one round of requests instead of three in a row.
 */
export function respondentHtml(indexHtml: string, assets: { scripts: string[]; styles: string[] }, linkId: string) {
  const hints = [
    ...assets.styles.map((f) => `<link rel="stylesheet" crossorigin href="/${escapeAttr(f)}">`),
    ...assets.scripts.map((f) => `<link rel="modulepreload" crossorigin href="/${escapeAttr(f)}">`),
    `<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/links/${escapeAttr(linkId)}">`,
  ].join('\n    ');
  return indexHtml.replace('</head>', `  ${hints}\n  </head>`);
}

/** An HTML page compressed the best way the browser accepts (Brotli, else gzip), never cached without asking. */
function sendHtml(c: Context<AppEnv>, html: string): Response {
  const accepted = c.req.header('accept-encoding') ?? '';
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=UTF-8',
    'cache-control': 'no-cache',
    vary: 'Accept-Encoding',
  };
  if (/\bbr\b/.test(accepted)) {
    const body = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    return c.body(new Uint8Array(body), 200, { ...headers, 'content-encoding': 'br' });
  }
  if (/\bgzip\b/.test(accepted)) {
    return c.body(new Uint8Array(gzipSync(html)), 200, { ...headers, 'content-encoding': 'gzip' });
  }
  return c.body(html, 200, headers);
}

/**
 * Serves the built web app. Hashed assets are immutable and served precompressed (br/gzip written at build);
 * every path without a file extension gets index.html (no-cache, compressed) so client routes like /s/<link> work on
 * reload, but a missing asset is a plain 404 — never HTML that a browser would try to run as a script.
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
  const manifestPath = join(webDir, '.vite', 'manifest.json');
  const assets = respondentAssets(
    existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {},
  );
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root: webDir, precompressed: true }));
  app.use('*', async (c, next) => {
    // The build manifest is for the server, not for browsers.
    if (c.req.path.startsWith('/.vite/')) return c.text('Not found', 404);
    await next();
  });
  app.use('*', serveStatic({ root: webDir, precompressed: true, index: '__none__' }));
  app.get('*', (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return c.text('Not found', 404);
    const respondent = RESPONDENT_PATH.exec(path);
    return sendHtml(c, respondent?.[1] ? respondentHtml(indexHtml, assets, respondent[1]) : indexHtml);
  });
}
