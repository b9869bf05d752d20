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
 * Answers every unanswered choice question on the current SurveyJS page with its first option (a radio group) or
 * its first box (a checkbox group), and fills no open text, like a hurried respondent. Returns the names of the
 * questions it answered.
 */
export async function answerVisibleQuestionNames(page: Page): Promise<string[]> {
  const groups = page.locator('.sd-question:visible');
  const count = await groups.count();
  const answered: string[] = [];
  for (let i = 0; i < count; i++) {
    const q = groups.nth(i);
    for (const type of ['radio', 'checkbox'] as const) {
      const inputs = q.locator(`input[type=${type}]`);
      if ((await inputs.count()) === 0 || (await q.locator(`input[type=${type}]:checked`).count()) > 0) continue;
      await inputs.first().check({ force: true });
      answered.push((await q.getAttribute('data-name')) ?? '');
    }
  }
  return answered;
}

/** `answerVisibleQuestionNames`, counted. */
export async function answerVisibleQuestions(page: Page): Promise<number> {
  return (await answerVisibleQuestionNames(page)).length;
}

/** The answers the current page shows for its visible choice questions, by question name (a checkbox group's as a list). */
export function visibleChoiceAnswers(page: Page): Promise<Record<string, string | string[]>> {
  return page.locator('.sd-question:visible').evaluateAll((questions) => {
    const answers: Record<string, string | string[]> = {};
    for (const q of questions) {
      const name = q.getAttribute('data-name') ?? '';
      const radio = q.querySelector<HTMLInputElement>('input[type=radio]:checked');
      if (radio) answers[name] = radio.value;
      const boxes = Array.from(q.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'));
      if (boxes.length > 0) answers[name] = boxes.map((b) => b.value);
    }
    return answers;
  });
}
