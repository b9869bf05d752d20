import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Audience, Locale } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closePdfRenderer, renderPdf } from '../../platform/pdf';
import { program } from '../../test-support/programs';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertCodeBatch } from '../codes/queries';
import { insertRound, setRoundDetails } from '../rounds/queries';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

// Looked up by the test itself: CI installs both, locally a missing one skips the test with a warning.
const chromium = program('/usr/bin/chromium', 'chromium');
const pdfinfo = program('/usr/bin/pdfinfo', 'poppler-utils');
const pdftotext = program('/usr/bin/pdftotext', 'poppler-utils');
const missing = chromium.skip || pdfinfo.skip || pdftotext.skip;

const AUDIENCES: Audience[] = ['parents', 'professionals', 'children'];
const ALL_LOCALES: Locale[] = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

let db: Database;
let app: ReturnType<typeof testApp>;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let roundId: string;
const dir = mkdtempSync(join(tmpdir(), 'driehoek-brieven-'));
const clock = testClock();

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock, { publicUrl: 'https://vragenlijst.kindcentrum-de-regenboog-zuidoost.example.nl' });
  // Long names, as real ones can be: the letter must still fit.
  const organisationId = await insertOrganisation(db.sql, {
    name: 'Stichting Openbaar Primair Onderwijs en Kinderopvang Zuidoost-Brabant',
    kind: 'school_board',
  });
  const ikcId = await insertIkc(db.sql, { organisationId, name: 'Integraal Kindcentrum De Regenboog-Zonnewijzer' });
  const locationId = await insertLocation(db.sql, {
    ikcId,
    name: 'Locatie Oranjeboomstraat (hoofdgebouw)',
    address: 'Oranjeboomstraat 112, 4812 ZK Breda',
    hasSchool: true,
    hasChildcare: true,
    families: 240,
    pupils812: 120,
    professionals: 40,
  });
  ({ roundId } = await insertRound(db.sql, {
    locationId,
    kind: 'baseline',
    status: 'open',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    instruments: {
      parents: { key: 'parents', version: 2 },
      professionals: { key: 'professionals', version: 2 },
      children: { key: 'children', version: 2 },
    },
  }));
  await setRoundDetails(db.sql, roundId, { name: null, singleUseCodes: true });
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId });
}, 60_000);
afterAll(async () => {
  await closePdfRenderer();
  await db?.close();
});

/** Prints a page as the browser's Ctrl+P does (its own `@page` size and margins) and reads it back with poppler. */
async function printed(path: string, name: string) {
  const res = await researcher.send('GET', path);
  expect(res.status, path).toBe(200);
  const page = await res.text();
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(join(dir, `${name}.html`), page);
  writeFileSync(pdf, await renderPdf(page, chromium.path, { pageSize: 'css' }));
  const info = execFileSync(pdfinfo.path, [pdf], { encoding: 'utf8' });
  const [width = 0, height = 0] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
  const text = execFileSync(pdftotext.path, ['-layout', pdf, '-'], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    // Chromium rounds the page to whole CSS pixels: within two points of 595 × 842 is A4.
    a4: Math.abs(width - 595) < 2 && Math.abs(height - 842) < 2,
    text: text.replace(/\s+/g, ' '),
    html: page,
  };
}

describe.skipIf(missing)('letters, posters and code sheets printed by Chromium (read back with poppler)', () => {
  it.each(AUDIENCES)(
    'prints the letter to %s on one A4 page, with sender, contact and date',
    async (audience) => {
      const letter = await printed(`/api/distribution/${roundId}/${audience}/letter`, `brief-${audience}`);
      expect({ pages: letter.pages, a4: letter.a4 }, `the PDF is in ${dir}`).toEqual({ pages: 1, a4: true });
      // The date it was printed, the sender under the greeting, and whom to ask.
      expect(letter.text).toContain('23 november 2026');
      expect(letter.text).toContain('Met vriendelijke groet');
      expect(letter.text).toContain('Integraal Kindcentrum De Regenboog-Zonnewijzer');
      expect(letter.text).toContain('Oranjeboomstraat 112, 4812 ZK Breda');
      expect(letter.text).toMatch(/Vragen\?/);
      if (audience === 'parents') {
        // A line in each other language of the questionnaire, on the same page.
        for (const locale of ALL_LOCALES.filter((l) => l !== 'nl')) expect(letter.html).toContain(`lang="${locale}"`);
      }
    },
    60_000,
  );

  it.each(AUDIENCES)(
    'prints the poster for %s on one A4 page',
    async (audience) => {
      const poster = await printed(`/api/distribution/${roundId}/${audience}/poster`, `poster-${audience}`);
      expect({ pages: poster.pages, a4: poster.a4 }, `the PDF is in ${dir}`).toEqual({ pages: 1, a4: true });
      expect(poster.text).toContain('31 december 2026');
    },
    60_000,
  );

  it.each(ALL_LOCALES)(
    'prints the parents’ reminder in %s on one page and its poster on the next',
    async (locale) => {
      const kit = await printed(`/api/distribution/${roundId}/parents/reminder/${locale}`, `herinnering-${locale}`);
      expect({ pages: kit.pages, a4: kit.a4 }, `the PDF is in ${dir}`).toEqual({ pages: 2, a4: true });
    },
    60_000,
  );

  it('prints a sheet of eight codes on one A4 page, and never cuts a card in two', async () => {
    const first = await insertCodeBatch(db.sql, roundId, 'parents', 8);
    const eight = await printed(`/api/codes/${roundId}/sheet?batch=${first.batch}`, 'codes-8');
    expect({ pages: eight.pages, a4: eight.a4 }, `the PDF is in ${dir}`).toEqual({ pages: 1, a4: true });
    expect(eight.text).toContain('Uw persoonlijke code');
    const nine = await insertCodeBatch(db.sql, roundId, 'parents', 9);
    const sheet = await printed(`/api/codes/${roundId}/sheet?batch=${nine.batch}`, 'codes-9');
    expect(sheet.pages).toBe(2);
  }, 60_000);
});
