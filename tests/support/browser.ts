import { type Browser, chromium, type Page } from 'playwright-core';
import { harnessEnv } from './env';

/** Debian's Chromium, with the flags that keep it off the (closed) network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: harnessEnv.chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A phone-sized page that records every request to another origin than `baseUrl`. */
export async function phonePage(browser: Browser, baseUrl: string): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', hasTouch: true });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { page, foreign };
}

/**
 * Answers every unanswered choice question on the current SurveyJS page with its first option (and fills no open
 * text), like a hurried respondent. Returns how many questions it answered.
 */
export async function answerVisibleQuestions(page: Page): Promise<number> {
  const groups = page.locator('.sd-question:visible');
  const count = await groups.count();
  let answered = 0;
  for (let i = 0; i < count; i++) {
    const q = groups.nth(i);
    const radios = q.getByRole('radio');
    if ((await radios.count()) > 0) {
      const checked = await q.locator('input[type=radio]:checked').count();
      if (checked === 0) {
        await radios.first().check({ force: true });
        answered++;
      }
    }
  }
  return answered;
}
