import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { recordSpeech, spokenTexts } from '../support/speech-stub';
import { type StaffSession, staffSession, transitionRound } from '../support/staff-api';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const LOCATION = 'Locatie Noord';
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };

type Status = {
  state: string;
  link: { url: string; childrenUrl: string } | null;
  publication: { publishedAt: string };
};
type Respondents = { perspective: string; suppressed: boolean; complete?: number; rate?: number | null }[];

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'a parent opens the published summary at its public link; a class reads the children’s poster',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let staff: StaffSession;
    let path = '';
    /** The only numbers the parents' page may state: the parents counted, families in ten, the publication date. */
    const allowed = new Set<string>(['10']);

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      staff = await staffSession(server);
      const locations = await staff.get<{ items: { id: string; name: string }[] }>('/api/locations');
      const noord = locations.items.find((l) => l.name === LOCATION);
      if (!noord) throw new Error(`no demo location ${LOCATION}`);
      const rounds = await staff.get<{ items: { id: string; status: string }[] }>(`/api/rounds?locationId=${noord.id}`);
      const roundId = rounds.items.find((r) => r.status === 'open')?.id ?? '';
      if (!roundId) throw new Error(`no open demo round at ${LOCATION}`);
      await transitionRound(staff, roundId, 'closed');
      await staff.post(`/api/reports/${roundId}/publish`, {});
      const status = await staff.get<Status>(`/api/summaries/${roundId}`);
      if (status.state !== 'published' || !status.link) throw new Error(`no summary link: ${JSON.stringify(status)}`);
      path = new URL(status.link.url).pathname;

      const view = await staff.get<{ report: { respondents: { byPerspective: Respondents } } }>(
        `/api/reports/${roundId}?version=published`,
      );
      const parents = view.report.respondents.byPerspective.find((r) => r.perspective === 'parents');
      if (parents && !parents.suppressed) {
        allowed.add(String(parents.complete));
        if (parents.rate) allowed.add(String(Math.round(parents.rate * 10)));
      }
      const [year = '', , day = ''] = status.publication.publishedAt.slice(0, 10).split('-');
      allowed.add(year).add(String(Number(day)));
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    /** Our CSP forbids the inline script that carries axe: only this test's contexts bypass it. */
    const context = (locale: string): Promise<BrowserContext> =>
      browser.newContext({ ...phone, locale, bypassCSP: true });

    async function expectNoViolations(page: Page, state: string) {
      const violations = await axeViolations(page);
      expect(violations, describeViolations(state, violations)).toEqual([]);
    }

    it('opens in Arabic, right to left, from the phone’s language, without a login and without a small-group figure', async () => {
      const page = await (await context('ar-MA')).newPage();
      const res = await page.goto(`${server.baseUrl}${path}`);
      expect(res?.status()).toBe(200);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        'ar',
        'rtl',
      ]);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('ملخص للأهل');
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      // The link's random id may hold digits: it is the address, not a figure.
      const text = await page.evaluate(() => {
        const address = document.querySelector('.url')?.textContent ?? '';
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, with breaks between blocks.
        return document.body.innerText.replace(address, ' ');
      });
      expect(text).toContain(LOCATION);
      const numbers = [...new Set(text.match(/\d+/g) ?? [])];
      expect(
        numbers.filter((n) => !allowed.has(n)),
        `allowed: ${[...allowed].join(', ')}`,
      ).toEqual([]);
      await expectNoViolations(page, 'parents’ summary in Arabic');
    });

    it('switches language without JavaScript and passes axe in Dutch too', async () => {
      const ctx = await browser.newContext({ ...phone, locale: 'nl-NL', bypassCSP: true, javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`${server.baseUrl}${path}/ar`);
      await page.getByRole('navigation').getByRole('link', { name: 'Nederlands' }).click();
      await page.waitForURL(`**${path}/nl`);
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Samenvatting voor ouders');
      // axe itself is a script: it judges the same page in a context that runs scripts.
      const judged = await (await context('nl-NL')).newPage();
      await judged.goto(`${server.baseUrl}${path}/nl`);
      await expectNoViolations(judged, 'parents’ summary in Dutch');
    });

    it('shows the children’s poster with pictures and reads it aloud in Dutch', async () => {
      const page = await (await context('nl-NL')).newPage();
      await recordSpeech(page);
      await page.goto(`${server.baseUrl}${path}/kinderen`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Wat jullie ons vertelden');
      expect(await page.getByRole('heading', { name: 'Jullie zeiden…' }).isVisible()).toBe(true);
      expect(await page.locator('.card svg').count()).toBeGreaterThan(3);
      const button = page.getByRole('button', { name: 'Lees voor' });
      await button.click();
      await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toContain('Jullie zeiden…');
      const spoken = await spokenTexts(page);
      expect(spoken[0]).toEqual({ text: 'Wat jullie ons vertelden', lang: 'nl-NL', voice: 'Nederlands' });
      await expectNoViolations(page, 'children’s summary');
      await page.emulateMedia({ media: 'print' });
      expect(await button.isVisible()).toBe(false);
    });

    it('reads the children’s page without speech or JavaScript: no button, every sentence there', async () => {
      const ctx = await browser.newContext({ ...phone, locale: 'nl-NL', javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`${server.baseUrl}${path}/kinderen`);
      expect(await page.locator('#read-aloud').isVisible()).toBe(false);
      expect(await page.getByText('Dank jullie wel voor het meedoen!').isVisible()).toBe(true);
    });
  },
);
