import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phonePage } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const DEVICES = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'tablet', viewport: { width: 820, height: 1180 } },
] as const;

describe.skipIf(missing !== undefined && !harnessEnv.ci)('answer targets for a parent’s thumb', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  /** Opens the parents' link and goes on to the first page with choice questions. */
  async function firstQuestions(page: Page) {
    const link = server.links.find((l) => l.audience === 'parents');
    if (!link) throw new Error(`no parents link in:\n${server.output()}`);
    await page.goto(link.url);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    const next = page.getByRole('button', { name: 'Volgende' });
    for (let guard = 0; guard < 10; guard++) {
      await next.waitFor();
      if ((await page.locator('.sd-question:visible input[type=radio]').count()) > 0) return next;
      await next.click();
    }
    throw new Error('no page with choice questions');
  }

  it('says so when the questions’ code does not arrive after the landing, and loads it on “Opnieuw proberen”', async () => {
    const link = server.links.find((l) => l.audience === 'parents');
    if (!link) throw new Error(`no parents link in:\n${server.output()}`);
    const { page } = await phonePage(browser, server.baseUrl);
    // The phone loses its connection after the landing: the questionnaire's chunks (fetched while the parent
    // reads) fail.
    const chunk = /\/assets\/(survey-page|surveyjs)-[^/]*\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.goto(link.url);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('De vragen konden niet worden geladen');

    await page.unroute(chunk);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('button', { name: 'Volgende' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it.each(DEVICES)('makes every option’s whole row its target, at least 44 px high, on a $name', async (device) => {
    const { page } = await phonePage(browser, server.baseUrl);
    await page.setViewportSize(device.viewport);
    const next = await firstQuestions(page);

    const rows = await page.locator('.sd-question:visible').evaluateAll((questions) =>
      questions.flatMap((q) => {
        const content = q.querySelector('.sd-selectbase')?.getBoundingClientRect();
        return Array.from(q.querySelectorAll('.sd-selectbase__label')).map((label) => {
          const r = label.getBoundingClientRect();
          return { text: (label.textContent ?? '').trim(), height: r.height, share: r.width / (content?.width ?? 1) };
        });
      }),
    );
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.filter((r) => r.height < 44)).toEqual([]);
    // As wide as the question's options, not as wide as the word (one column of options on phones and tablets).
    expect(rows.filter((r) => r.share < 0.95)).toEqual([]);

    // A tap at the far end of a row, well away from the word, chooses that option.
    const label = page.locator('.sd-question:visible .sd-selectbase__label').first();
    const box = await label.boundingBox();
    if (!box) throw new Error('no label box');
    await page.touchscreen.tap(box.x + box.width - 8, box.y + box.height / 2);
    expect(await label.locator('input[type=radio]').isChecked()).toBe(true);

    // The way forward is a filled button, white on the brand colour.
    const colours = await next.evaluate((b) => {
      // The colour of the text itself, on whichever element inside the button holds it.
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !text.textContent?.trim()) text = walker.nextNode();
      const holder = text?.parentElement ?? b;
      return { background: getComputedStyle(b).backgroundColor, colour: getComputedStyle(holder).color };
    });
    expect(colours).toEqual({ background: 'rgb(15, 110, 92)', colour: 'rgb(255, 255, 255)' });
    const height = (await next.boundingBox())?.height ?? 0;
    expect(height).toBeGreaterThanOrEqual(44);
    await page.context().close();
  });
});
