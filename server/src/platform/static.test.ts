import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './context';
import { mountWebApp, respondentAssets } from './static';

const webDir = mkdtempSync(join(tmpdir(), 'driehoek-static-'));
const app = new Hono<AppEnv>();

// A build as Vite writes it: the entry (with React), the respondent chunk importing the contracts and its CSS, and
// SurveyJS behind a dynamic import.
const manifest = {
  'index.html': {
    file: 'assets/index-aaa111.js',
    isEntry: true,
    imports: ['_runtime-rrr.js'],
    css: ['assets/index-eee.css'],
  },
  '_runtime-rrr.js': { file: 'assets/runtime-rrr.js' },
  '_zod-ccc.js': { file: 'assets/zod-ccc.js', imports: ['_runtime-rrr.js'] },
  '_surveyjs-sss.js': { file: 'assets/surveyjs-sss.js' },
  'src/respondent/survey-page.tsx': { file: 'assets/survey-page-ppp.js', imports: ['_surveyjs-sss.js'] },
  'src/respondent/respondent-app.tsx': {
    file: 'assets/respondent-app-bbb.js',
    imports: ['_runtime-rrr.js', 'index.html', '_zod-ccc.js'],
    dynamicImports: ['src/respondent/survey-page.tsx'],
    css: ['assets/respondent-app-ddd.css'],
  },
};
const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

beforeAll(() => {
  mkdirSync(join(webDir, 'assets'));
  mkdirSync(join(webDir, '.vite'));
  writeFileSync(
    join(webDir, 'index.html'),
    `<!doctype html><html><head><title>Driehoek</title>${'<meta name="x" content="y">'.repeat(60)}</head><body></body></html>`,
  );
  writeFileSync(join(webDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  // What web/precompress.ts writes beside every text asset.
  writeFileSync(join(webDir, 'assets', 'index-aaa111.js'), script);
  writeFileSync(join(webDir, 'assets', 'index-aaa111.js.br'), brotliCompressSync(script));
  writeFileSync(join(webDir, 'assets', 'index-aaa111.js.gz'), gzipSync(script));
  mountWebApp(app, webDir);
});

describe('serving the built web app', () => {
  it('sends hashed assets immutable and precompressed, Brotli first', async () => {
    const br = await app.request('/assets/index-aaa111.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toContain('javascript');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(script);

    const gz = await app.request('/assets/index-aaa111.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
  });

  it('sends index.html compressed and to be revalidated on every visit', async () => {
    for (const path of ['/', '/app/monitor', '/s/abcdefghijklmnopqrstuv']) {
      const res = await app.request(path, { headers: { 'accept-encoding': 'br' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('vary')).toContain('Accept-Encoding');
      expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toContain(
        '<title>Driehoek</title>',
      );
    }
    const gz = await app.request('/', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await app.request('/');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('<title>Driehoek</title>');
  });

  it("hints a parent's link's chunks and questionnaire at once, but not SurveyJS", async () => {
    const html = await (await app.request('/s/abc_DEF-123')).text();
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/respondent-app-bbb.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/zod-ccc.js">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/respondent-app-ddd.css">');
    expect(html).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/links/abc_DEF-123">');
    // Already loaded by index.html itself, or fetched only while the parent reads the landing.
    expect(html).not.toContain('runtime-rrr');
    expect(html).not.toContain('index-aaa111');
    expect(html).not.toContain('index-eee');
    expect(html).not.toContain('surveyjs');
    expect(html.indexOf('/api/links/')).toBeLessThan(html.indexOf('</head>'));
    // Staff pages and odd link paths get the plain page.
    for (const path of ['/app/monitor', '/s/%3Cscript%3E', '/']) {
      expect(await (await app.request(path)).text()).not.toContain('preload');
    }
  });

  it('keeps the build manifest and missing assets to itself', async () => {
    expect((await app.request('/.vite/manifest.json')).status).toBe(404);
    const missing = await app.request('/assets/missing-123.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toContain('html');
  });

  it('needs no manifest: without one a link gets only its questionnaire hinted', () => {
    expect(respondentAssets({})).toEqual({ scripts: [], styles: [] });
  });
});
