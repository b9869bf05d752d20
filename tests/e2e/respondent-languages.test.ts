import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestions, launchChromium, phonePage } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { latestInstrument } from '../support/instruments';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const artifacts = new URL('../.artifacts/', import.meta.url);

/** The first question of the parents' first criterion page (C1), right after the background questions. */
const FIRST_SCALE = 'p_c1_vision_with_parents';

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

  it('routes the parent of a toddler who only goes to childcare past every school question', async () => {
    const parents = latestInstrument('parents');
    const schoolRoutes = new Set(['school', 'school-age', 'school-and-childcare']);
    const schoolItems = Object.entries(parents.items)
      .filter(([, m]) => m.route !== undefined && schoolRoutes.has(m.route))
      .map(([name]) => name);
    expect(schoolItems.length).toBeGreaterThan(3);
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    await page.goto(linkOf('parents').url);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    const pick = (name: string, value: string) =>
      page.locator(`.sd-question[data-name="${name}"] input[value="${value}"]`).check({ force: true });
    await nextUntil(page, 'bg_age_band');
    await pick('bg_age_band', 'baby-toddler');
    await page.locator('.sd-question[data-name="bg_sector"]').waitFor();
    await pick('bg_sector', 'childcare');
    const shown = new Set<string>();
    const submit = page.getByRole('button', { name: 'Verzenden' });
    for (let guard = 0; guard < 40; guard++) {
      for (const name of await page
        .locator('.sd-question:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? '')))
        shown.add(name);
      if (await submit.isVisible()) break;
      await answerVisibleQuestions(page);
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    expect(await submit.isVisible()).toBe(true);
    expect(schoolItems.filter((name) => shown.has(name))).toEqual([]);
    // The toddler's own questions were asked instead: the daily handover and the childcare intake.
    expect(shown.has('p_c4_daily_handover')).toBe(true);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('keeps the answers when the language changes halfway', async () => {
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    await page.goto(linkOf('parents').url);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await nextUntil(page, 'bg_age_band');
    await page.locator('.sd-question[data-name="bg_age_band"] input[type=radio]').nth(1).check({ force: true });
    await answerVisibleQuestions(page);
    const aboutYou = await checkedValues(page);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator(`.sd-question[data-name="${FIRST_SCALE}"]`).waitFor();
    await page.locator(`.sd-question[data-name="${FIRST_SCALE}"] input[type=radio]`).nth(2).check({ force: true });
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
    await nextUntil(page, FIRST_SCALE, 'التالي');

    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.respondent').getAttribute('dir')).toBe('rtl');
    const layout = await page.evaluate((name) => {
      const direction = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).direction : 'missing';
      };
      const question = document.querySelector(`.sd-question[data-name="${name}"]`);
      const title = question?.querySelector('.sd-question__title .sv-string-viewer')?.getBoundingClientRect();
      const radio = question?.querySelector('.sd-item__decorator')?.getBoundingClientRect();
      const label = question?.querySelector('.sd-item__control-label')?.getBoundingClientRect();
      const box = question?.getBoundingClientRect();
      return {
        survey: direction('.sd-root-modern'),
        question: direction(`.sd-question[data-name="${name}"]`),
        // Text starts at the right: the title hugs the question's right edge more than its left.
        titleRightGap: box && title ? Math.round(box.right - title.right) : -1,
        titleLeftGap: box && title ? Math.round(title.left - box.left) : -1,
        // The radio circle sits to the right of its label.
        radioRightOfLabel: radio && label ? radio.left > label.left : false,
      };
    }, FIRST_SCALE);
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
