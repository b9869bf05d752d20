import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phonePage } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { latestInstrument, pinnedInstrument } from '../support/instruments';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { recordSpeech, removeSpeech, spokenTexts } from '../support/speech-stub';
import { countResponses, type StaffSession, staffSession } from '../support/staff-api';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

type SurveyElement = { type: string; title?: { default: string } };

/** The Dutch titles of the face questions in the children's questionnaire a link pins. */
async function faceQuestionTitles(server: ServerProcess, linkId: string): Promise<string[]> {
  const file = await pinnedInstrument(server, linkId);
  const pages = (file.survey as { pages: { elements: SurveyElement[] }[] }).pages;
  return pages
    .flatMap((p) => p.elements)
    .filter((e) => e.type === 'radiogroup')
    .map((e) => e.title?.default ?? '');
}

describe.skipIf(missing !== undefined && !harnessEnv.ci)('a child answers the children’s questionnaire', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;
  let staff: StaffSession;
  let linkUrl: string;
  let linkId: string;
  let questionTitles: string[];

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    browser = await launchChromium();
    staff = await staffSession(server);
    const link = server.links.find((l) => l.audience === 'children');
    if (!link) throw new Error(`no children link in:\n${server.output()}`);
    linkUrl = link.url;
    linkId = link.linkId;
    // The demo link pins the latest children's questionnaire; its questions are what the child must hear and answer.
    expect((await pinnedInstrument(server, linkId)).version).toBe(latestInstrument('children').version);
    questionTitles = await faceQuestionTitles(server, linkId);
    expect(questionTitles.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  /** Every page error and every save the page sends. */
  function watch(page: Page) {
    const errors: string[] = [];
    const saves: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (r.method() === 'PUT') saves.push(r.url());
    });
    return { errors, saves };
  }

  async function sizeOf(page: Page, selector: string) {
    return page.locator(selector).evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return { text: (n.textContent ?? '').trim(), width: Math.round(r.width), height: Math.round(r.height) };
      }),
    );
  }

  it('hears every question read aloud in Dutch, taps big faces, and completes the questionnaire', async () => {
    const before = await countResponses(staff, linkId);
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    const { errors } = watch(page);
    await recordSpeech(page);
    await page.goto(linkUrl);

    await page.getByRole('heading', { name: /Wil je meedoen\?/ }).waitFor();
    await page.getByRole('button', { name: 'Lees voor' }).click();
    await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toContain('Wil je meedoen?');
    await page.getByRole('button', { name: 'Ja, ik doe mee' }).click();

    const next = page.getByRole('button', { name: 'Volgende' });
    const submit = page.getByRole('button', { name: 'Verzenden' });
    let questionsSeen = 0;
    const counters: string[] = [];
    for (let guard = 0; guard < 40; guard++) {
      await page.locator('.sd-question:visible').first().waitFor();
      const faces = page.locator('.sd-question:visible input[type=radio]');
      // The intro says what happens here: the tablet reads aloud, with the button of that name.
      if (guard === 0) await page.getByText('Druk op de knop Lees voor. Dan leest de tablet de vraag voor.').waitFor();
      // No save status for children, ever: the status region stays empty while answers are saved.
      expect(await page.getByRole('status').first().textContent()).toBe('');
      // One question per page: never two on screen.
      expect(await page.locator('.sd-question:visible:not(.sd-question--html)').count()).toBeLessThanOrEqual(1);
      await page.getByRole('button', { name: 'Lees voor' }).click();
      if ((await faces.count()) > 0) {
        questionsSeen++;
        counters.push((await page.locator('.child-counter__text').textContent()) ?? '');
        const title = (await page.locator('.sd-question:visible .sd-question__title').textContent())?.trim() ?? '';
        await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toContain(title);
        if (questionsSeen === 1) {
          // Touch targets of at least 48 by 48 CSS pixels for the faces, the navigation and the read-aloud button.
          const targets = [
            ...(await sizeOf(page, '.sd-question:visible .sd-selectbase__label')),
            ...(await sizeOf(page, '.sd-navigation__next-btn, .sd-navigation__prev-btn')),
            ...(await sizeOf(page, '.read-aloud')),
          ];
          expect(targets.length).toBeGreaterThanOrEqual(5);
          expect(targets.filter((t) => t.width < 48 || t.height < 48)).toEqual([]);
          expect((await sizeOf(page, '.sd-question:visible svg.face'))[0]?.width).toBeGreaterThanOrEqual(56);
        }
        // A child taps the face's word or picture, not a tiny radio circle.
        await page.locator('.sd-question:visible .face-word', { hasText: /^Ja$/ }).click();
        expect(await page.locator('.sd-question:visible input[type=radio]:checked').count()).toBe(1);
      }
      if (await submit.isVisible()) {
        await submit.click();
        break;
      }
      await next.click();
    }
    await page.getByRole('heading', { name: 'Klaar! Dank je wel.' }).waitFor();
    // The thank-you page has a picture, drawn as SVG.
    expect((await sizeOf(page, 'svg.thanks-picture'))[0]?.width).toBeGreaterThanOrEqual(150);

    expect(questionsSeen).toBe(questionTitles.length);
    // The counter moves with every question: "Vraag 1 van N", "Vraag 2 van N", … never the same twice.
    expect(counters).toEqual(questionTitles.map((_, i) => `Vraag ${i + 1} van ${questionTitles.length}`));
    const spoken = await spokenTexts(page);
    const spokenText = spoken.map((s) => s.text);
    for (const title of questionTitles) expect(spokenText).toContain(title);
    for (const option of ['Nee', 'Een beetje', 'Ja']) expect(spokenText).toContain(option);
    // No face read out as "slightly frowning face": the pictographs are left out of what is spoken.
    expect(spokenText.filter((t) => /\p{Extended_Pictographic}/u.test(t))).toEqual([]);
    expect(new Set(spoken.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['nl-NL Nederlands']));

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => !/^driehoek:(done|draft):[\w-]{22}$|^driehoek:locale$/.test(k))).toEqual([]);
    const after = await countResponses(staff, linkId);
    expect(after.complete).toBe(before.complete + 1);
    expect(after.partial).toBe(before.partial);
    await page.context().close();
  });

  it('says goodbye to a child who does not want to take part, and stores nothing anywhere', async () => {
    const before = await countResponses(staff, linkId);
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    const { errors, saves } = watch(page);
    await page.goto(linkUrl);

    await page.getByRole('button', { name: 'Nee, liever niet' }).click();
    await page.getByRole('heading', { name: 'Dat is goed!' }).waitFor();
    expect(await page.getByText('Er is niets bewaard.', { exact: false }).isVisible()).toBe(true);

    expect(saves).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('driehoek:draft')))).toEqual(
      [],
    );
    expect(await countResponses(staff, linkId)).toEqual(before);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('hides the read-aloud button where the browser cannot speak, and the questionnaire still works', async () => {
    const { page } = await phonePage(browser, server.baseUrl);
    const { errors, saves } = watch(page);
    await removeSpeech(page);
    await page.goto(linkUrl);

    await page.getByRole('button', { name: 'Ja, ik doe mee' }).click();
    // No button to point at: the intro says the teacher can read aloud instead.
    await page.getByText('Je juf of meester kan de vragen voorlezen.').waitFor();
    expect(await page.getByText(/tablet/).count()).toBe(0);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.sd-question:visible .face-word', { hasText: /^Een beetje$/ }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect.poll(() => saves.length).toBeGreaterThan(0);

    expect(await page.getByRole('button', { name: 'Lees voor' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens in Arabic right to left and reads the questions aloud in Arabic for a newcomer pupil', async () => {
    const file = await pinnedInstrument(server, linkId);
    const pages = (file.survey as { pages: { elements: (SurveyElement & { title?: { ar?: string } })[] }[] }).pages;
    const arabicTitles = pages
      .flatMap((p) => p.elements)
      .filter((e) => e.type === 'radiogroup')
      .map((e) => e.title?.ar ?? '');
    expect(arabicTitles.every((t) => /\p{Script=Arabic}/u.test(t))).toBe(true);
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    const { errors } = watch(page);
    await recordSpeech(page);
    await page.goto(linkUrl);
    await page.getByLabel('Taal').selectOption('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.getByRole('button', { name: 'نعم، سأشارك' }).click();
    const next = page.getByRole('button', { name: 'التالي' });
    for (let guard = 0; guard < 5; guard++) {
      await page.locator('.sd-question:visible').first().waitFor();
      if ((await page.locator('.sd-question:visible input[type=radio]').count()) > 0) break;
      await next.click();
    }
    await page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
    const title = (await page.locator('.sd-question:visible .sd-question__title').textContent())?.trim() ?? '';
    expect(arabicTitles).toContain(title);
    await expect.poll(async () => (await spokenTexts(page)).map((s) => s.text)).toContain(title);
    const spoken = await spokenTexts(page);
    // Every utterance in Arabic: the browser picks an Arabic voice by the tag (the stub has none), never a Dutch one.
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['ar']));
    expect(spoken.filter((s) => s.voice === 'Nederlands')).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
