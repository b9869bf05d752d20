import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestions, launchChromium, phonePage } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const artifacts = new URL('../.artifacts/', import.meta.url);

describe.skipIf(missing !== undefined && !harnessEnv.ci)('respondents choose their language', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;
  const linkOf = (audience: string) => {
    const link = server.links.find((l) => l.audience === audience);
    if (!link) throw new Error(`no ${audience} link in:\n${server.output()}`);
    return link;
  };

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

  async function nextUntil(page: Page, questionName: string, next = 'Volgende') {
    const target = page.locator(`.sd-question[data-name="${questionName}"]`);
    for (let guard = 0; guard < 40 && !(await target.isVisible()); guard++) {
      await answerVisibleQuestions(page);
      await page.getByRole('button', { name: next }).click();
    }
    await target.waitFor();
  }

  const checkedValues = (page: Page) =>
    page
      .locator('.sd-question:visible input[type=radio]:checked')
      .evaluateAll((inputs) =>
        inputs.map((i) => `${(i as HTMLInputElement).name.replace(/_sq_\d+$/, '')}=${(i as HTMLInputElement).value}`),
      );

  const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());
  const onlyOurKeys = (keys: string[]) =>
    keys.filter((k) => !/^driehoek:(draft|done):[\w-]{22}$|^driehoek:locale$/.test(k));

  it('keeps the answers when the language changes halfway', async () => {
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    await page.goto(linkOf('parents').url);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await nextUntil(page, 'bg_age_band');
    await page.locator('.sd-question[data-name="bg_age_band"] input[type=radio]').nth(1).check({ force: true });
    await answerVisibleQuestions(page);
    const aboutYou = await checkedValues(page);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.sd-question[data-name="p_c1_vision_known"]').waitFor();
    await page.locator('.sd-question[data-name="p_c1_vision_known"] input[type=radio]').nth(2).check({ force: true });
    const c1 = await checkedValues(page);

    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'Next' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await checkedValues(page)).toEqual(c1);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.locator('.sd-question[data-name="bg_age_band"]').waitFor();
    expect(await checkedValues(page)).toEqual(aboutYou);

    // And back again, after a reload: the draft kept answers and language.
    await page.reload();
    await page.getByRole('button', { name: 'Next' }).waitFor();
    expect(await checkedValues(page)).toEqual(aboutYou);
    await page.getByLabel(/Language/).selectOption('nl');
    await page.getByRole('button', { name: 'Volgende' }).waitFor();
    expect(await checkedValues(page)).toEqual(aboutYou);

    expect(foreign).toEqual([]);
    expect(onlyOurKeys(await storedKeys(page))).toEqual([]);
    await page.context().close();
  });

  it('lays Arabic out right to left', async () => {
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    await page.goto(linkOf('parents').url);
    await page.getByLabel('Taal').selectOption('ar');
    await page.getByRole('button', { name: 'ابدأ' }).click();
    await nextUntil(page, 'p_c1_vision_known', 'التالي');

    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.respondent').getAttribute('dir')).toBe('rtl');
    const layout = await page.evaluate(() => {
      const direction = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).direction : 'missing';
      };
      const question = document.querySelector('.sd-question[data-name="p_c1_vision_known"]');
      const title = question?.querySelector('.sd-question__title .sv-string-viewer')?.getBoundingClientRect();
      const radio = question?.querySelector('.sd-item__decorator')?.getBoundingClientRect();
      const label = question?.querySelector('.sd-item__control-label')?.getBoundingClientRect();
      const box = question?.getBoundingClientRect();
      return {
        survey: direction('.sd-root-modern'),
        question: direction('.sd-question[data-name="p_c1_vision_known"]'),
        // Text starts at the right: the title hugs the question's right edge more than its left.
        titleRightGap: box && title ? Math.round(box.right - title.right) : -1,
        titleLeftGap: box && title ? Math.round(title.left - box.left) : -1,
        // The radio circle sits to the right of its label.
        radioRightOfLabel: radio && label ? radio.left > label.left : false,
      };
    });
    expect(layout.survey).toBe('rtl');
    expect(layout.question).toBe('rtl');
    expect(layout.titleRightGap).toBeLessThan(layout.titleLeftGap);
    expect(layout.radioRightOfLabel).toBe(true);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: new URL('respondent-arabic.png', artifacts).pathname, fullPage: true });
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('remembers the language chosen, on a new visit and on another questionnaire', async () => {
    const { page } = await phonePage(browser, server.baseUrl);
    await page.goto(linkOf('parents').url);
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await page.close();

    // The same device later: a new tab, the browser still Dutch.
    const again = await page.context().newPage();
    await again.goto(linkOf('parents').url);
    await again.getByRole('button', { name: 'Start' }).waitFor();
    expect(await again.locator('html').getAttribute('lang')).toBe('en');

    await again.goto(linkOf('children').url);
    await again.getByRole('button', { name: 'Yes, I will take part' }).waitFor();
    expect(await storedKeys(again)).toEqual(['driehoek:locale']);
    await again.context().close();
  });
});
