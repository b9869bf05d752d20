import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumMissing, harnessEnv } from '../support/env';
import type { ServerProcess } from '../support/server-process';
import { type Row, round } from './measure';

const webDir = fileURLToPath(new URL('../../web/', import.meta.url));
const RUNS = 3;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The bare SurveyJS page (web/bench/bare-survey), built into a temporary folder and served the way Driehoek serves
 * its own assets (Brotli, immutable), so the two pages differ only in what they load.
 */
async function serveBareSurvey(): Promise<{ url: string; close: () => Promise<void> }> {
  const out = mkdtempSync(join(tmpdir(), 'bare-survey-lh-'));
  execFileSync('pnpm', ['exec', 'vite', 'build', '--config', 'bench/bare-survey/vite.config.ts', '--outDir', out], {
    cwd: webDir,
    stdio: 'pipe',
  });
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = join(out, path);
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body = cache.get(file);
    if (!body) {
      body = brotliCompressSync(readFileSync(file));
      cache.set(file, body);
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'br',
      'cache-control': path === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(out, { recursive: true, force: true });
      }),
  };
}

type Run = { score: number; fcp: number; lcp: number; tbt: number; bytes: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** One Lighthouse run: mobile, default (simulated) throttling, performance only, in a fresh profile. */
async function audit(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: harnessEnv.chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--lang=nl-NL'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      {
        extends: 'lighthouse:default',
        settings: { onlyCategories: ['performance'] },
      },
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? 0;
    return {
      score: (lhr.categories.performance?.score ?? 0) * 100,
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      bytes: num('total-byte-weight'),
    };
  } finally {
    chrome.kill();
  }
}

async function medianOf(url: string): Promise<Run & { scores: number[] }> {
  const runs: Run[] = [];
  for (let i = 0, failures = 0; i < RUNS; i++) {
    try {
      runs.push(await audit(url));
    } catch (error) {
      // Lighthouse now and then loses a trace on a loaded machine (NO_NAVSTART): try that run again, twice at most.
      if (++failures > 2) throw error;
      i--;
    }
  }
  return {
    score: median(runs.map((r) => r.score)),
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    tbt: median(runs.map((r) => r.tbt)),
    bytes: median(runs.map((r) => r.bytes)),
    scores: runs.map((r) => r.score),
  };
}

/**
 * Lighthouse (mobile, default throttling, median of three) on a parents' link, beside the bare SurveyJS page in the
 * same run. Each median is taken per metric; the machine's load is noted, since Lighthouse's CPU figures move with it.
 */
export async function benchLighthouse(server: ServerProcess): Promise<Row[]> {
  const missing = chromiumMissing();
  if (missing) return [{ section: 'lighthouse', name: 'parents link performance', value: 0, unit: '', note: missing }];
  const link = server.links.find((l) => l.audience === 'parents');
  if (!link) throw new Error('The demo data has no parents link');
  const bare = await serveBareSurvey();
  try {
    const load = loadavg()[0]?.toFixed(2);
    const base = await medianOf(bare.url);
    const parents = await medianOf(link.url);
    const note = `median of ${RUNS}; load ${load}`;
    return [
      {
        section: 'lighthouse',
        name: "parents' link: performance (mobile)",
        value: parents.score,
        unit: '/100',
        baseline: base.score,
        ratio: parents.score / Math.max(1, base.score),
        goal: '≥ 95',
        note: `${note}; runs ${parents.scores.join(', ')}; bare SurveyJS page as baseline (runs ${base.scores.join(', ')})`,
      },
      {
        section: 'lighthouse',
        name: "parents' link: LCP",
        value: round(parents.lcp / 1000),
        unit: 's',
        baseline: round(base.lcp / 1000),
        ratio: parents.lcp / Math.max(1, base.lcp),
        goal: '< 2.0 s',
        note,
      },
      {
        section: 'lighthouse',
        name: "parents' link: FCP",
        value: round(parents.fcp / 1000),
        unit: 's',
        baseline: round(base.fcp / 1000),
        ratio: parents.fcp / Math.max(1, base.fcp),
        note,
      },
      {
        section: 'lighthouse',
        name: "parents' link: total blocking time",
        value: Math.round(parents.tbt),
        unit: 'ms',
        baseline: Math.round(base.tbt),
        note,
      },
      {
        section: 'lighthouse',
        name: "parents' link: bytes on first load",
        value: Math.round(parents.bytes / 1024),
        unit: 'KiB',
        baseline: Math.round(base.bytes / 1024),
        ratio: parents.bytes / Math.max(1, base.bytes),
        note: `${note}; transferred, as Lighthouse counts them`,
      },
    ];
  } finally {
    await bare.close();
  }
}
