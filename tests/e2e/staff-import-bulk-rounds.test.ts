import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const DEMO_MUNICIPALITY = 'Gemeente Leeuwarden (demo)';
const RESEARCHER = 'onderzoeker@demo.driehoek.nl';
const HEADER =
  'organisatie?;ikc;locatie;adres;school (ja/nee);opvang (ja/nee);gezinnen;leerlingen groep 5-8;medewerkers';
const IKCS = ['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Haven'];

/** 30 locations of six new IKCs, with two bad rows when asked. */
function csv(bad = false): Buffer {
  const lines = [HEADER];
  for (let i = 0; i < 30; i++) {
    const ikc = `IKC ${IKCS[i % IKCS.length]} (import)`;
    if (bad && i === 6) lines.push(`;${ikc};Import ${i + 1};;misschien;ja;40;20;8`);
    else if (bad && i === 21) lines.push(`;${ikc};Import ${i + 1};;ja;ja;veel;20;8`);
    else
      lines.push(
        `;${ikc};Import ${i + 1};Dorpsstraat ${i + 1};ja;${i % 2 ? 'ja' : 'nee'};${40 + i};${20 + i};${8 + (i % 4)}`,
      );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** A Dutch calendar day `days` from today, `YYYY-MM-DD`. */
function dutchDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'a researcher imports 30 locations and plans their rounds',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let staff: BrowserContext;
    let page: Page;
    const troubles: Troubles = { page: [], csp: [] };

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      browser = await launchChromium();
      staff = await browser.newContext(laptop);
      watch(staff, troubles);
      page = await staff.newPage();
      await logInThroughForm(page, server.baseUrl, RESEARCHER);
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    const choose = (name: string, buffer: Buffer) =>
      page.getByLabel('Bestand').setInputFiles({ name, mimeType: 'text/csv', buffer });

    it('refuses a file with two bad rows naming both, imports the corrected file once, and re-imports nothing new', async () => {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
      await page.getByRole('link', { name: DEMO_MUNICIPALITY }).click();
      await page.getByRole('link', { name: "IKC's en locaties importeren" }).click();
      await page.getByRole('heading', { level: 1, name: /IKC's en locaties importeren/ }).waitFor();

      await choose('locaties.csv', csv(true));
      const refusal = page.getByRole('alert').filter({ hasText: 'Niets opgeslagen' });
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('Rij 8, cel E8 (school): vul ja of nee in (nu: "misschien")');
      expect(await refusal.textContent()).toContain('Rij 23, cel G23 (gezinnen): moet een geheel getal zijn');
      expect(await page.getByRole('button', { name: /^Importeren/ }).count()).toBe(0);

      await choose('locaties.csv', csv());
      await page.getByText('30 rijen: 30 nieuw, 0 bijwerken, 0 ongewijzigd, 0 met fouten; 6 nieuwe IKC').waitFor();
      await page.getByRole('button', { name: 'Importeren (30 nieuw, 0 bijwerken)' }).click();
      await page.getByText('Opgeslagen: 30 nieuwe locaties, 0 bijgewerkt, 6 nieuwe IKC').waitFor();

      await choose('locaties.csv', csv());
      await page.getByText('30 rijen: 0 nieuw, 0 bijwerken, 30 ongewijzigd, 0 met fouten; 0 nieuwe IKC').waitFor();
      expect(await page.getByRole('button', { name: /^Importeren/ }).count()).toBe(0);
      expect(troubles).toEqual({ page: [], csp: [] });
    }, 90_000);

    it('creates a baseline for all 30 new locations in one action, skipping the demo locations that run one', async () => {
      await page.getByRole('link', { name: DEMO_MUNICIPALITY }).first().click();
      await page.getByRole('link', { name: 'Nulmeting voor alle locaties' }).click();
      await page.getByRole('heading', { level: 1, name: /Nulmeting voor alle locaties/ }).waitFor();
      await page.getByLabel('Naam (optioneel)').fill('Nulmeting import');
      await page.getByLabel('Opent op').fill(dutchDay(14));
      await page.getByLabel('Sluit na').fill(dutchDay(35));
      await page.getByRole('button', { name: '30 nulmetingen aanmaken' }).click();
      await page.getByText(/^30 nulmetingen aangemaakt, 2 locaties overgeslagen/).waitFor();
      expect(troubles).toEqual({ page: [], csp: [] });
    }, 60_000);

    it('makes a follow-up from a baseline with its settings, and opens the reminder kit in six languages', async () => {
      await page.getByRole('link', { name: /^Import 1 \(IKC Noord \(import\)\)$/ }).click();
      await page.getByRole('heading', { level: 1, name: /Nulmeting import/ }).waitFor();
      await page.getByRole('link', { name: 'Vervolgmeting aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: /Vervolgmeting/ }).waitFor();
      await page.getByLabel('Opent op').fill(dutchDay(400));
      await page.getByLabel('Sluit na').fill(dutchDay(420));
      await page.getByRole('button', { name: 'Vervolgmeting aanmaken' }).click();
      await page.getByText('Het rapport vergelijkt met').waitFor();
      expect(await page.getByText('Het rapport vergelijkt met').textContent()).toContain('Nulmeting import');

      await page.getByRole('link', { name: 'Verspreiding' }).click();
      const parents = page.getByRole('region', { name: 'Ouders' });
      await parents.getByRole('link', { name: 'Arabisch' }).waitFor();
      for (const [language, lang, dir] of [
        ['Nederlands', 'nl', 'ltr'],
        ['Engels', 'en', 'ltr'],
        ['Arabisch', 'ar', 'rtl'],
        ['Turks', 'tr', 'ltr'],
        ['Pools', 'pl', 'ltr'],
        ['Oekraïens', 'uk', 'ltr'],
      ] as const) {
        const [kit] = await Promise.all([
          staff.waitForEvent('page'),
          parents.getByRole('link', { name: language, exact: true }).click(),
        ]);
        await kit.waitForLoadState();
        const message = kit.getByRole('region', { name: 'Bericht' });
        expect(await message.getAttribute('lang'), language).toBe(lang);
        expect(await message.getAttribute('dir'), language).toBe(dir);
        expect(await message.textContent(), language).toContain('/s/');
        expect(await kit.locator('svg').count(), language).toBe(2);
        await kit.close();
      }
      expect(troubles).toEqual({ page: [], csp: [] });
    }, 90_000);
  },
);
