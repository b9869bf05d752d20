import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { staffSession, transitionRound } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const LOCATION = 'Locatie Noord';

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'the IKC team is shown its published report in a feedback meeting; the researcher records what was agreed',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let team: Page;
    let researcher: Page;
    let roundId = '';
    const troubles: Troubles = { page: [], csp: [] };

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      const api = await staffSession(server);
      const locations = await api.get<{ items: { id: string; name: string }[] }>('/api/locations');
      const noord = locations.items.find((l) => l.name === LOCATION);
      if (!noord) throw new Error(`no demo location ${LOCATION}`);
      const rounds = await api.get<{ items: { id: string; status: string }[] }>(`/api/rounds?locationId=${noord.id}`);
      roundId = rounds.items.find((r) => r.status === 'open')?.id ?? '';
      if (!roundId) throw new Error(`no open demo round at ${LOCATION}`);
      await transitionRound(api, roundId, 'closed');
      await api.post(`/api/reports/${roundId}/publish`, {});

      browser = await launchChromium();
      const teamContext = await browser.newContext({ ...laptop, acceptDownloads: true });
      const researcherContext = await browser.newContext(laptop);
      watch(teamContext, troubles);
      watch(researcherContext, troubles);
      team = await teamContext.newPage();
      researcher = await researcherContext.newPage();
      await logInThroughForm(team, server.baseUrl, 'ikc@demo.driehoek.nl');
      await logInThroughForm(researcher, server.baseUrl, 'onderzoeker@demo.driehoek.nl');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    const counter = (page: Page) => page.locator('.meeting-counter').textContent();
    const slideTitle = (page: Page) => page.locator('.slide .slide__title').textContent();

    it('opens the presentation from the round page, full screen, and walks through it with the keyboard', async () => {
      await team.goto(`${server.baseUrl}/app/rondes/${roundId}`);
      await team.getByRole('link', { name: 'Terugkoppeling presenteren' }).click();
      await team.getByRole('heading', { level: 1, name: /Terugkoppeling aan het team/ }).waitFor();
      await expect.poll(() => counter(team)).toBe('Dia 1 van 10');
      expect(await slideTitle(team)).toBe(`Ouderbetrokkenheid bij ${LOCATION}`);

      await team.getByRole('button', { name: 'Volledig scherm' }).click();
      await expect
        .poll(() => team.evaluate(() => document.fullscreenElement?.className ?? ''))
        .toMatch(/meeting-stage/);
      await team.getByRole('button', { name: 'Volledig scherm sluiten' }).waitFor();
      // The slide has the focus, so space pages on rather than pressing the full-screen button again.
      await expect
        .poll(() => team.evaluate(() => document.activeElement?.getAttribute('aria-roledescription')))
        .toBe('dia');

      await team.keyboard.press('ArrowRight');
      await expect.poll(() => counter(team)).toBe('Dia 2 van 10');
      expect(await slideTitle(team)).toBe('Zo lees je de uitkomsten');
      await team.keyboard.press('PageDown');
      await expect.poll(() => counter(team)).toBe('Dia 3 van 10');
      const triangle = team.getByRole('img', { name: /^De driehoek/ });
      await triangle.waitFor();
      expect(await triangle.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      await team.keyboard.press('End');
      await expect.poll(() => counter(team)).toBe('Dia 10 van 10');
      expect(await slideTitle(team)).toBe('Om over te praten');
      await team.keyboard.press('ArrowLeft');
      await expect.poll(() => counter(team)).toBe('Dia 9 van 10');
      await team.keyboard.press('Home');
      await expect.poll(() => counter(team)).toBe('Dia 1 van 10');
      await team.keyboard.press('Space');
      await expect.poll(() => counter(team)).toBe('Dia 2 van 10');
      expect(
        await team
          .locator('[aria-live="polite"]')
          .filter({ hasText: /^Dia 2 van 10/ })
          .count(),
      ).toBe(1);

      const notes = team.getByRole('complementary', { name: 'Notities voor de presentator' });
      expect(await notes.count()).toBe(0);
      await team.keyboard.press('n');
      await notes.waitFor();
      expect(await notes.textContent()).toContain('1.0 is geen onvoldoende');
      await team.screenshot({ path: '/tmp/staff-feedback-meeting.png' });
      await team.keyboard.press('n');
      await expect.poll(() => notes.count()).toBe(0);

      await team.getByRole('button', { name: 'Volledig scherm sluiten' }).click();
      await expect.poll(() => team.evaluate(() => document.fullscreenElement === null)).toBe(true);
    });

    it('downloads the slides as a PowerPoint with ten slides in Dutch', async () => {
      const [download] = await Promise.all([
        team.waitForEvent('download'),
        team.getByRole('link', { name: 'PowerPoint downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('terugkoppeling-locatie-noord-versie-1.pptx');
      const file = await download.path();
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
      expect(entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e))).toHaveLength(10);
      const first = execFileSync('unzip', ['-p', file, 'ppt/slides/slide1.xml'], { encoding: 'utf8' });
      expect(first).toContain(`Ouderbetrokkenheid bij ${LOCATION}`);
      expect(await team.getByRole('link', { name: 'PDF downloaden' }).count()).toBe(1);
    });

    it('lets the researcher record the agreements, which the IKC team then reads', async () => {
      await researcher.goto(`${server.baseUrl}/app/rondes/${roundId}/presentatie`);
      const form = researcher.getByRole('form', { name: 'Afspraken vastleggen' });
      await form.getByLabel('Datum van de terugkoppeling').fill('2026-12-10');
      await form.getByLabel('Prioriteit 1').selectOption('C7');
      await form.getByLabel('Prioriteit 2 (niet verplicht)').selectOption('C2');
      await form.getByLabel('Notitie').fill('Eerst het open dossier (browsertest).');
      await form.getByRole('button', { name: 'Afspraken opslaan' }).click();
      await expect.poll(() => form.getByRole('status').textContent()).toBe('Afspraken opgeslagen.');

      await team.reload();
      const agreed = team.getByRole('region', { name: 'Afspraken uit de terugkoppeling' });
      await agreed.getByText(/^Vastgelegd op 10 december 2026/).waitFor();
      expect(await agreed.getByRole('listitem').allTextContents()).toEqual([
        'C7 Open dossier',
        'C2 Inspraak in beleid',
      ]);
      expect(await team.getByRole('form', { name: 'Afspraken vastleggen' }).count()).toBe(0);
      expect(troubles.page).toEqual([]);
      expect(troubles.csp).toEqual([]);
    });
  },
);
