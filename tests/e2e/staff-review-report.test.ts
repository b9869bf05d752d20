import { randomUUID } from 'node:crypto';
import { listQuestions } from '@driehoek/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { pinnedInstrument } from '../support/instruments';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { type StaffSession, staffSession } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const LOCATION = 'Locatie Noord';
/** Two answers of parents, unlike anything the demo writes, so finding (or not finding) them means something. */
const TO_SHARE = 'Juf Merel van groep 3 belt ons elke vrijdag even (browsertest).';
const REDACTED = '[naam] van groep 3 belt ons elke vrijdag even (browsertest).';
const TO_HIDE = 'Meester Okke van groep 6 vergeet alles wat we zeggen (browsertest).';

type OpenAnswerRow = { responseId: string; question: string; text: string; decision: string; redacted: string | null };

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'a researcher reviews the open answers of a round and reads its report',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let staff: BrowserContext;
    let page: Page;
    let researcher: StaffSession;
    let roundId = '';
    const troubles: Troubles = { page: [], csp: [] };

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      researcher = await staffSession(server);
      const link = server.links.find((l) => l.location === LOCATION && l.audience === 'parents');
      if (!link) throw new Error(`no parents link of ${LOCATION} in:\n${server.output()}`);
      const monitor = await researcher.get<{ rows: { linkId: string; roundId: string }[] }>('/api/monitor');
      roundId = monitor.rows.find((r) => r.linkId === link.linkId)?.roundId ?? '';
      expect(roundId).not.toBe('');
      // The open question of the parents' questionnaire the link pins ("what would you like to change", in v2).
      const openQuestion = listQuestions((await pinnedInstrument(server, link.linkId)).survey).find(
        (q) => q.type === 'comment',
      )?.name;
      if (!openQuestion) throw new Error('the parents’ questionnaire of the demo link has no open question');
      // Two parents complete the questionnaire with an open answer each, through the public API as the page does.
      for (const text of [TO_SHARE, TO_HIDE]) {
        const saved = await fetch(`${server.baseUrl}/api/responses/${randomUUID()}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            linkId: link.linkId,
            locale: 'nl',
            answers: { [openQuestion]: text },
            complete: true,
          }),
        });
        expect(saved.status, await saved.clone().text()).toBe(200);
      }

      browser = await launchChromium();
      staff = await browser.newContext(laptop);
      watch(staff, troubles);
      page = await staff.newPage();
      await logInThroughForm(page, server.baseUrl, 'onderzoeker@demo.driehoek.nl');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    /** The list item of one open answer, after "Meer tonen" as often as it takes (the demo has many answers). */
    async function answerItem(text: string): Promise<Locator> {
      const item = page.locator('li.answer').filter({ has: page.locator('blockquote', { hasText: text }) });
      await page.locator('ol.answers').waitFor({ state: 'attached' });
      for (let guard = 0; guard < 100 && (await item.count()) === 0; guard++) {
        const more = page.getByRole('button', { name: /^Meer tonen/ });
        if ((await more.count()) === 0) break;
        await more.click();
      }
      await item.waitFor();
      return item;
    }

    const openAnswersOf = async () =>
      (await researcher.get<{ items: OpenAnswerRow[] }>(`/api/open-answers/${roundId}`)).items.filter(
        (a) => a.text === TO_SHARE || a.text === TO_HIDE,
      );

    it('shares one open answer with a name blanked out and hides another; both hold after a reload', async () => {
      expect((await openAnswersOf()).map((a) => [a.text, a.decision]).sort(), 'both answers wait for review').toEqual([
        [TO_SHARE, 'pending'],
        [TO_HIDE, 'pending'],
      ]);
      await page.goto(`${server.baseUrl}/app/rondes/${roundId}/open-antwoorden`);
      await page.getByRole('heading', { level: 2, name: 'Open antwoorden' }).waitFor();

      const share = await answerItem(TO_SHARE);
      await share.getByLabel('Tekst voor het rapport').fill(REDACTED);
      await share.getByRole('button', { name: 'Delen' }).click();
      await expect.poll(() => share.getByRole('status').textContent()).toBe('Gedeeld.');
      const hide = await answerItem(TO_HIDE);
      await hide.getByRole('button', { name: 'Verbergen' }).click();
      await expect.poll(() => hide.getByRole('status').textContent()).toBe('Verborgen.');

      // After a reload the page reads the decisions back from the server.
      await page.reload();
      await page.getByLabel('Tonen').selectOption('all');
      const sharedAgain = await answerItem(TO_SHARE);
      expect(await sharedAgain.locator('.decision').textContent()).toBe('gedeeld');
      expect(await sharedAgain.getByLabel('Tekst voor het rapport').inputValue()).toBe(REDACTED);
      expect(await (await answerItem(TO_HIDE)).locator('.decision').textContent()).toBe('verborgen');
      // Neither waits for review any more.
      await page.getByLabel('Tonen').selectOption('pending');
      await page.locator('ol.answers').waitFor({ state: 'attached' });
      expect(await page.locator('li.answer', { hasText: /browsertest/ }).count()).toBe(0);
      expect(await page.locator('li.answer').count(), 'the demo’s own answers still wait').toBeGreaterThan(0);

      expect(
        (await openAnswersOf()).map((a) => [a.text, a.decision, a.redacted]).sort(),
        'the decisions in the API',
      ).toEqual([
        [TO_SHARE, 'shareable', REDACTED],
        [TO_HIDE, 'hidden', null],
      ]);
    });

    it('opens the report from the round: levels per criterion, figures, the shared answer and not the hidden one', async () => {
      await page.goto(`${server.baseUrl}/app/rondes/${roundId}/rapport`);
      await page.getByRole('heading', { level: 2, name: 'Rapport' }).waitFor();
      const [report] = await Promise.all([
        staff.waitForEvent('page'),
        page.getByRole('link', { name: /^Rapport openen/ }).click(),
      ]);
      await report.waitForLoadState();
      expect(new URL(report.url()).pathname).toBe(`/api/reports/${roundId}/html`);
      await report.getByRole('heading', { level: 2, name: 'Samenvatting: de tien criteria' }).waitFor();

      // Ten criteria, each with a level; the demo round has answers, so at least some are 1.0, 2.0 or 3.0.
      const summaryRows = report.locator('#samenvatting tbody tr');
      expect(await summaryRows.count()).toBe(10);
      const levels = (await summaryRows.locator('td:first-of-type .level').allTextContents()).map((t) => t.trim());
      expect(levels).toHaveLength(10);
      expect(
        levels.every((l) => /^[123]\.0$|^geen$/.test(l)),
        levels.join(', '),
      ).toBe(true);
      expect(levels.filter((l) => l !== 'geen').length).toBeGreaterThan(0);
      // Figures: a mean per perspective in the table and a chart beside it.
      const means = await report.locator('#samenvatting td.num').allTextContents();
      expect(means.length).toBeGreaterThan(0);
      expect(
        means.some((m) => /\d[.,]\d/.test(m)),
        means.join(' | '),
      ).toBe(true);
      expect(await report.locator('#samenvatting figure.chart svg').count()).toBe(1);
      // One bar per criterion and perspective at least: ten criteria, more than ten shapes.
      expect(await report.locator('#samenvatting figure.chart svg path').count()).toBeGreaterThan(10);
      await expect.poll(() => report.getByText(/^Niveau [123]\.0 — /).count()).toBeGreaterThan(0);

      // The quotes: the shared answer as redacted; the hidden one and the original wording nowhere.
      const quotes = (await report.locator('#citaten .quotes li').allTextContents()).map((t) => t.trim());
      expect(quotes).toContain(REDACTED);
      const reportText = (await report.textContent('body')) ?? '';
      expect(reportText).toContain(REDACTED);
      expect(reportText).not.toContain(TO_HIDE);
      expect(reportText).not.toContain('Juf Merel');
      await report.screenshot({ path: '/tmp/staff-review-report.png' });
      await report.close();
    });

    it('raised no script errors and no CSP refusals', () => {
      expect(troubles.page).toEqual([]);
      expect(troubles.csp).toEqual([]);
    });
  },
);
