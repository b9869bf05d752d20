import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestionNames, launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { type StaffSession, staffSession } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

type StoredVisit = { id: string; answers: Record<string, unknown> };

/**
 * Issue 16: the visit form keeps working without network (a service worker keeps the app shell and the form's reads,
 * the draft keeps the answers, the save queue sends once when the network is back), the phone form's stopwatch fills
 * the seconds, and a second observer codes the same visit on an empty form.
 */
describe.skipIf(missing !== undefined && !harnessEnv.ci)('a mystery-guest visit without network', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let researcher: StaffSession;
  let roundId = '';
  const visitId = randomUUID();
  const troubles: Troubles = { page: [], csp: [] };
  const savedPuts: number[] = [];

  const visits = async () => (await researcher.get<{ items: StoredVisit[] }>(`/api/visits?roundId=${roundId}`)).items;
  const statusTexts = () => page.getByRole('status').allTextContents();
  const typeAndLeave = async (label: string, text: string) => {
    const field = page.getByLabel(label);
    await field.fill(text);
    await field.blur();
  };

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    researcher = await staffSession(server);
    const link = server.links.find((l) => l.location === 'Locatie Zuid' && l.audience === 'parents');
    const monitor = await researcher.get<{ rows: { linkId: string; roundId: string }[] }>('/api/monitor');
    roundId = monitor.rows.find((r) => r.linkId === link?.linkId)?.roundId ?? '';
    expect(roundId).not.toBe('');
    browser = await launchChromium();
    context = await browser.newContext(laptop);
    watch(context, troubles);
    page = await context.newPage();
    page.on('response', (r) => {
      if (r.request().method() === 'PUT' && r.url().includes(`/visits/${visitId}`)) savedPuts.push(r.status());
    });
    await logInThroughForm(page, server.baseUrl, 'onderzoeker@demo.driehoek.nl');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  it('reloads the form offline with its draft, times the call, and syncs the visit exactly once when back online', async () => {
    await page.goto(`${server.baseUrl}/app/rondes/${roundId}/bezoeken/${visitId}?formulier=mg-phone`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw bezoek: telefoon' }).waitFor();
    // The worker controls the page and holds the page's reads before the network goes.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await page.waitForFunction(
      async () => (await (await caches.open('driehoek-visit-reads')).keys()).length >= 5,
      undefined,
      { timeout: 15_000 },
    );
    await typeAndLeave('Tijdstip waarop het contact begon', '10:30');

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('/healthz').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: /: telefoon$/ }).waitFor();
    expect(await page.getByLabel('Tijdstip waarop het contact begon').inputValue()).toBe('10:30');
    expect(await page.getByRole('main').textContent()).not.toMatch(/niveau/i);

    // The stopwatch in the bar: started when dialling, stopped when answered; the seconds fill the fact.
    await page.getByRole('button', { name: 'Start stopwatch (bij het bellen)' }).first().click();
    await page.waitForTimeout(2100);
    await page.getByRole('button', { name: 'Opgenomen' }).first().click();
    const measured = page.getByText(/^Gemeten: \d+ seconden$/).first();
    await measured.waitFor();
    const timed = Number(/\d+/.exec((await measured.textContent()) ?? '')?.[0]);
    expect(timed).toBeGreaterThanOrEqual(2);
    expect(timed).toBeLessThan(10);

    await page.locator('.sd-question[data-name="mg_channel"] .sd-item__control-label').first().click();
    await page
      .locator('.sd-question[data-name="mg_scenario"] .sd-item__control-label', { hasText: /^Standaard/ })
      .click();
    await typeAndLeave('Jouw code als observant', 'MG-01');
    await typeAndLeave('Bezoekcode', 'OFF-1');
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Volgende' }).click();
      await answerVisibleQuestionNames(page);
      expect(await page.getByRole('main').textContent()).not.toMatch(/niveau/i);
    }
    // The seconds question on the last page has the stopwatch beside it, and the measured value.
    const seconds = page.locator('.sd-question[data-name="ph_seconds"]');
    await seconds.getByRole('button', { name: 'Opnieuw starten' }).waitFor();
    expect(await seconds.locator('input').inputValue()).toBe(String(timed));

    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await expect.poll(statusTexts).toContainEqual(expect.stringMatching(/^Niet opgeslagen — wordt opnieuw geprobeerd/));
    expect((await visits()).filter((v) => v.id === visitId)).toEqual([]);

    await context.setOffline(false);
    await expect.poll(statusTexts, { timeout: 40_000 }).toContain('Opgeslagen');
    const stored = (await visits()).filter((v) => v.id === visitId);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answers).toMatchObject({
      mg_time: '10:30',
      mg_rater: 'MG-01',
      mg_visit_code: 'OFF-1',
      mg_scenario: 'standard',
      ph_seconds: timed,
    });
    expect(savedPuts.filter((s) => s >= 200 && s < 300)).toHaveLength(1);
    // Once more, for late retries: still one save.
    await page.waitForTimeout(2000);
    expect(savedPuts.filter((s) => s >= 200 && s < 300)).toHaveLength(1);
    await page.screenshot({ path: '/tmp/staff-visit-offline.png', fullPage: true });
  });

  it('asks the email form’s sending and reply times as a date with a time', async () => {
    await page.goto(`${server.baseUrl}/app/rondes/${roundId}/bezoeken/${randomUUID()}?formulier=mg-email`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw bezoek: e-mail of contactformulier' }).waitFor();
    await page.locator('.sd-question[data-name="mg_channel"] .sd-item__control-label').first().click();
    await page
      .locator('.sd-question[data-name="mg_scenario"] .sd-item__control-label', { hasText: /^Standaard/ })
      .click();
    await typeAndLeave('Jouw code als observant', 'MG-03');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Volgende' }).click();
    const sent = page.getByLabel('Verstuurd op (datum en tijd)');
    expect(await sent.getAttribute('type')).toBe('datetime-local');
    await sent.fill('2026-11-20T09:15');
    expect(await sent.inputValue()).toBe('2026-11-20T09:15');
    expect(await page.getByRole('main').textContent()).not.toMatch(/niveau/i);
    // No stopwatch on a form without the phone's seconds.
    expect(await page.getByRole('button', { name: /stopwatch/i }).count()).toBe(0);
  });

  it('lets a second observer code the same visit on an empty form, and shows the pair as one visit with kappa', async () => {
    await page.goto(`${server.baseUrl}/app/rondes/${roundId}/bezoeken`);
    const phone = page.getByRole('region', { name: 'Telefoon', exact: true });
    await phone.getByRole('button', { name: 'Tweede codering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tweede codering: telefoon' }).waitFor();
    await page.getByText('de eerste codering zie je hier niet').waitFor();
    // Empty but for the pairing code.
    expect(await page.getByLabel('Tijdstip waarop het contact begon').inputValue()).toBe('');
    expect(await page.getByLabel('Jouw code als observant').inputValue()).toBe('');
    expect(await page.getByLabel('Bezoekcode').inputValue()).toBe('OFF-1');
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await page.getByRole('main').textContent()).not.toMatch(/niveau|MG-01/i);

    await typeAndLeave('Tijdstip waarop het contact begon', '10:30');
    await page.locator('.sd-question[data-name="mg_channel"] .sd-item__control-label').first().click();
    await page
      .locator('.sd-question[data-name="mg_scenario"] .sd-item__control-label', { hasText: /^Standaard/ })
      .click();
    await typeAndLeave('Jouw code als observant', 'MG-02');
    await page.getByRole('button', { name: 'Volgende' }).click();
    // This observer saw the first tick of the call otherwise.
    await page.locator('.sd-question[data-name="ph_answered"] .sd-item__control-label', { hasText: /^Nee$/ }).click();
    await answerVisibleQuestionNames(page);
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await expect.poll(statusTexts).toContain('Opgeslagen');

    await page.getByRole('link', { name: /: mystery guest$/ }).click();
    await phone.getByText('2 coderingen, telt als één bezoek').waitFor();
    const pairs = page.getByRole('region', { name: 'Dubbel gecodeerde bezoeken' });
    await pairs.getByText('Gecodeerd door MG-01 en MG-02').waitFor();
    expect(await pairs.textContent()).toMatch(/Kappa|kappa/);
    await pairs.getByText(/Verschillen bekijken en beslissen \(1\)/).click();
    await pairs
      .getByRole('group', { name: /De telefoon werd opgenomen/ })
      .getByLabel('Ja')
      .check();
    await pairs.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await pairs.getByText(/^Beslist door /).waitFor();
    expect(await page.getByRole('main').textContent()).not.toMatch(/niveau/i);
    await page.screenshot({ path: '/tmp/staff-visit-double-coding.png', fullPage: true });
    expect(troubles).toEqual({ page: [], csp: [] });
  });
});
