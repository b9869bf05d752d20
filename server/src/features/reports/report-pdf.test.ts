import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closePdfRenderer } from '../../platform/pdf';
import { program } from '../../test-support/programs';
import { type ReportRounds, seedReportRounds } from '../../test-support/report-rounds';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

// Looked up by the test itself: CI installs all three, locally a missing one skips the test with a warning.
const chromium = program('/usr/bin/chromium', 'chromium');
const pdftotext = program('/usr/bin/pdftotext', 'poppler-utils');
const pdftoppm = program('/usr/bin/pdftoppm', 'poppler-utils');
const missing = chromium.skip || pdftotext.skip || pdftoppm.skip;

/** A4 and the margins `platform/pdf.ts` prints with, in PDF points (1/72 inch). */
const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM, top: 16 * MM, bottom: 18 * MM, left: 14 * MM, right: 14 * MM };

type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
type PrintedPage = { text: string; words: Word[]; fill: number };

let db: Database;
let rounds: ReportRounds;
let dir: string;
let pages: PrintedPage[];
let html: string;
const clock = testClock();

const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? e,
  );

/** The words of every page with their boxes, from `pdftotext -bbox`. */
function wordsByPage(pdf: string): Word[][] {
  const xhtml = execFileSync(pdftotext.path, ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return xhtml
    .split(/<page [^>]*>/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: decode(m[5] ?? ''),
        }),
      ),
    );
}

/**
 * How much of a page's printable height is used: from the top margin down to the lowest inked pixel row above the
 * footer, read from a greyscale rendering (`pdftoppm -gray`, a binary PGM).
 */
function fillOf(pdf: string, pageNo: number): number {
  const dpi = 36;
  const pgm = execFileSync(pdftoppm.path, [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(pageNo),
    '-l',
    String(pageNo),
    pdf,
  ]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const [, w, h] = header.map(Number) as [number, number, number];
  const pixels = pgm.subarray(header[0].length);
  const scale = dpi / 72;
  const top = Math.floor(PAGE.top * scale);
  const bottom = Math.ceil((PAGE.height - PAGE.bottom) * scale);
  let lowest = top;
  for (let y = top; y < Math.min(bottom, h); y++) {
    for (let x = 0; x < w; x++) {
      if ((pixels[y * w + x] ?? 255) < 200) {
        lowest = y;
        break;
      }
    }
  }
  return (lowest - top) / (bottom - top);
}

beforeAll(async () => {
  db = await openTestDatabase();
  rounds = await seedReportRounds(db.sql, loadInstruments(), clock.now());
  if (missing) return;
  const app = testApp(db, clock);
  const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: rounds.demoOrganisationId });
  const htmlRes = await researcher.send('GET', `/api/reports/${rounds.demoRoundId}/html`);
  expect(htmlRes.status).toBe(200);
  html = await htmlRes.text();
  const res = await researcher.send('GET', `/api/reports/${rounds.demoRoundId}/pdf`);
  expect(res.status).toBe(200);
  dir = mkdtempSync(join(tmpdir(), 'rapport-'));
  const pdf = join(dir, 'rapport.pdf');
  writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
  writeFileSync(join(dir, 'rapport.html'), html);
  const words = wordsByPage(pdf);
  pages = words.map((w, i) => ({
    words: w,
    text: execFileSync(pdftotext.path, ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
    fill: fillOf(pdf, i + 1),
  }));
}, 120_000);
afterAll(async () => {
  await closePdfRenderer();
  await db?.close();
});

describe.skipIf(missing)('the demo report printed to PDF (Chromium, read back with poppler)', () => {
  it('fills at least a quarter of every page', () => {
    const fills = pages.map((p, i) => ({ page: i + 1, percent: Math.round(p.fill * 100) }));
    expect(pages.length).toBeGreaterThan(8);
    expect(
      fills.filter((p) => p.percent < 25),
      `pages under a quarter filled (the PDF and its HTML are in ${dir})`,
    ).toEqual([]);
  });

  it('fits the contents on one page, every entry whole and numbered inside the printable area', () => {
    const tocPage = pages.findIndex((p) => p.words.some((w) => w.text === 'Inhoud'));
    expect(tocPage, 'a page with the contents').toBeGreaterThanOrEqual(0);
    const titles = [...html.matchAll(/<li><a href="#[^"]+">([^<]+)<\/a><\/li>/g)].map((m) => decode(m[1] ?? ''));
    expect(titles.length).toBeGreaterThan(12);
    const text = (pages[tocPage]?.text ?? '').replace(/\s+/g, ' ');
    titles.forEach((title, i) => {
      expect(text, `contents entry ${i + 1} on the contents page`).toContain(`${i + 1}. ${title.replace(/\s+/g, ' ')}`);
    });
    // The numbers are printed, not clipped: every number's box lies inside the page's printable width.
    const numbers = (pages[tocPage]?.words ?? []).filter((w) => /^\d+\.$/.test(w.text));
    expect(numbers.map((w) => w.text)).toEqual(titles.map((_, i) => `${i + 1}.`));
    for (const n of numbers) expect(n.xMin).toBeGreaterThanOrEqual(PAGE.left - 0.5);
    // Nothing of the contents continues on the next page.
    expect(pages[tocPage + 1]?.text ?? '').not.toContain(titles.at(-1) ?? '');
  });

  it('prints the chart beside its heading with whole criterion names, and the children’s faces as drawings', () => {
    const all = pages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/…/);
    const names = [...html.matchAll(/<h2>(C\d+ [^<]+)<\/h2>/g)].map((m) => decode(m[1] ?? ''));
    expect(names).toHaveLength(10);
    const chartSvg = /<figure class="chart"[^>]*>([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    const chartText = chartSvg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const name of names) expect(chartText).toContain(name);
    expect(chartText).not.toContain('...');
    // The chart shares its page with its section's heading: no page holds a chart alone.
    const chartPage = pages.findIndex((p) => p.text.includes('Gemiddelde per criterium, per perspectief'));
    expect(pages[chartPage]?.text).toContain('Samenvatting: de tien criteria');
    // No pictograph is left to a font: the server has none for them, and they printed as empty boxes. The flag
    // and the legal signs are plain text symbols that DejaVu Sans (installed with Chromium) draws.
    const pictographs = [...html.matchAll(/\p{Extended_Pictographic}/gu)].map((m) => m[0]);
    expect(pictographs.filter((c) => !'⚑©®™'.includes(c))).toEqual([]);
    expect(all.match(/[\u{1F300}-\u{1FAFF}]/gu) ?? []).toEqual([]);
    expect(html).toMatch(/<svg class="face/);
  });
});
