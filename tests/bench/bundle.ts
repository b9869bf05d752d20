import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/browser';
import { chromiumMissing } from '../support/env';
import type { ServerProcess } from '../support/server-process';
import type { Row } from './measure';

const webDir = fileURLToPath(new URL('../../web/', import.meta.url));
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Builds the bare SurveyJS page (web/bench/bare-survey) and sums the gzip size of its JS and CSS. */
function bareSurveyBytes(): number {
  const out = mkdtempSync(join(tmpdir(), 'bare-survey-'));
  execFileSync('pnpm', ['exec', 'vite', 'build', '--config', 'bench/bare-survey/vite.config.ts', '--outDir', out], {
    cwd: webDir,
    stdio: 'pipe',
  });
  const assets = join(out, 'assets');
  return readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .reduce((sum, f) => sum + gz(join(assets, f)), 0);
}

/**
 * The JS and CSS a respondent's browser actually loads on the survey route (recorded in Chromium), gzip-compressed,
 * against the bare page; and whether any staff code was among them.
 */
export async function benchBundle(server: ServerProcess): Promise<Row[]> {
  const bare = bareSurveyBytes();
  const missing = chromiumMissing();
  if (missing) return [{ section: 'bundle', name: 'survey route JS+CSS (gzip)', value: 0, unit: 'kB', note: missing }];
  const browser = await launchChromium();
  try {
    // A Dutch browser, as at the schools: the landing then speaks Dutch.
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    const loaded: string[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (/\.(js|css)$/.test(path)) loaded.push(path);
    });
    const link = server.links.find((l) => l.audience === 'parents');
    await page.goto(link?.url ?? server.baseUrl);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.locator('.sd-root-modern').waitFor();
    const bytes = loaded.reduce((sum, p) => sum + gz(join(webDir, 'dist', p)), 0);
    const staff = loaded.filter((p) => /staff/.test(p));
    return [
      {
        section: 'bundle',
        name: 'survey route JS+CSS (gzip)',
        value: Math.round(bytes / 1024),
        unit: 'kB',
        baseline: Math.round(bare / 1024),
        ratio: bytes / bare,
        goal: '≤ 1.1×',
        note: `bare SurveyJS page as baseline; staff files loaded: ${staff.length === 0 ? 'none' : staff.join(', ')}`,
      },
    ];
  } finally {
    await browser.close();
  }
}
