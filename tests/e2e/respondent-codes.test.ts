import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestions, launchChromium, phonePage } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { countResponses, createRound, type StaffSession, staffSession, transitionRound } from '../support/staff-api';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

describe.skipIf(missing !== undefined && !harnessEnv.ci)('answers reach the server exactly once', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;
  let staff: StaffSession;

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    browser = await launchChromium();
    staff = await staffSession(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  const next = (page: Page) => page.getByRole('button', { name: 'Volgende' });
  const submit = (page: Page) => page.getByRole('button', { name: 'Verzenden' });

  async function nextUntil(page: Page, questionName: string) {
    const target = page.locator(`.sd-question[data-name="${questionName}"]`);
    for (let guard = 0; guard < 40 && !(await target.isVisible()); guard++) {
      await answerVisibleQuestions(page);
      await next(page).click();
    }
    await target.waitFor();
  }

  const checkedValue = (page: Page, questionName: string) =>
    page.locator(`.sd-question[data-name="${questionName}"] input[type=radio]:checked`).getAttribute('value');

  /** Answers every page to the end and presses Verzenden (after `beforeSubmit`). */
  async function finish(page: Page, beforeSubmit?: () => Promise<void>) {
    for (let guard = 0; guard < 40; guard++) {
      await answerVisibleQuestions(page);
      if (await submit(page).isVisible()) {
        await beforeSubmit?.();
        await submit(page).click();
        return;
      }
      await next(page).click();
    }
    throw new Error('never reached the last page');
  }

  const waitSaved = (page: Page) => page.locator('.save-status[data-state="saved"]').waitFor();

  const onlyOurKeys = async (page: Page) =>
    (await page.evaluate(() => Object.keys(localStorage))).filter(
      (k) => !/^driehoek:(draft|done):[\w-]{22}$|^driehoek:locale$/.test(k),
    );

  it('takes the code from the letter link, continues on another device, and refuses the used code', async () => {
    const created = await createRound(staff, { singleUseCodes: true });
    const round = await transitionRound(staff, created.id, 'open');
    const linkId = round.links.find((l) => l.audience === 'parents')?.linkId ?? '';
    const { codes } = await staff.post<{ codes: string[] }>(`/api/codes/${round.id}`, {
      audience: 'parents',
      count: 2,
    });
    const code = codes[0] ?? '';
    const letterLink = `${server.baseUrl}/s/${linkId}#code=${code}`;

    // The first device: the code is filled in from the link and leaves the address bar.
    const first = await phonePage(browser, server.baseUrl);
    await first.page.goto(letterLink);
    expect(await first.page.getByLabel('Uw code').inputValue()).toBe(code);
    expect(new URL(first.page.url()).hash).toBe('');
    await first.page.getByRole('button', { name: 'Beginnen' }).click();
    await nextUntil(first.page, 'bg_age_band');
    await first.page.locator('.sd-question[data-name="bg_age_band"] input[type=radio]').nth(2).check({ force: true });
    const ageBand = await checkedValue(first.page, 'bg_age_band');
    await nextUntil(first.page, 'p_c2_asked_opinion');
    await first.page.locator('.sd-question[data-name="p_c2_asked_opinion"] input[type=radio]').nth(1).check({
      force: true,
    });
    const askedOpinion = await checkedValue(first.page, 'p_c2_asked_opinion');
    await next(first.page).click();
    await waitSaved(first.page);
    expect(first.foreign).toEqual([]);
    expect(await onlyOurKeys(first.page)).toEqual([]);
    await first.page.context().close();

    // Another device, same letter: the answers given so far are there.
    const second = await phonePage(browser, server.baseUrl);
    await second.page.goto(letterLink);
    await second.page.getByRole('button', { name: 'Beginnen' }).click();
    await next(second.page).waitFor();
    await nextUntil(second.page, 'bg_age_band');
    expect(await checkedValue(second.page, 'bg_age_band')).toBe(ageBand);
    await nextUntil(second.page, 'p_c2_asked_opinion');
    expect(await checkedValue(second.page, 'p_c2_asked_opinion')).toBe(askedOpinion);
    await finish(second.page);
    await second.page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    expect(second.foreign).toEqual([]);
    await second.page.context().close();

    // A third device with the used code: refused, in Dutch, with what to do.
    const third = await phonePage(browser, server.baseUrl);
    await third.page.goto(letterLink);
    await third.page.getByRole('button', { name: 'Beginnen' }).click();
    const alert = third.page.getByRole('alert');
    await alert.getByText('Deze code is al gebruikt').waitFor();
    expect(await alert.textContent()).toContain('Vraag het kindcentrum om een nieuwe code');
    expect(await third.page.locator('.sd-question').count()).toBe(0);
    await third.page.context().close();

    expect(await countResponses(staff, linkId)).toEqual({ complete: 1, partial: 0 });
  });

  it('stores exactly one complete response after a close, a reopen and a submit while offline', async () => {
    const link = server.links.find((l) => l.audience === 'parents');
    if (!link) throw new Error(`no parents link in:\n${server.output()}`);
    const before = await countResponses(staff, link.linkId);
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    const context = page.context();
    let puts = 0;
    context.on('request', (r) => {
      if (r.method() === 'PUT') puts++;
    });

    await page.goto(link.url);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await nextUntil(page, 'p_c5_asked_about_child');
    await page.locator('.sd-question[data-name="p_c5_asked_about_child"] input[type=radio]').nth(3).check({
      force: true,
    });
    const halfway = await checkedValue(page, 'p_c5_asked_about_child');
    await next(page).click();
    await waitSaved(page);
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto(link.url);
    // No landing page: straight back to where the respondent was, answers and all.
    await next(reopened).waitFor();
    expect(await reopened.getByRole('button', { name: 'Beginnen' }).count()).toBe(0);
    await reopened.getByRole('button', { name: 'Vorige' }).click();
    await reopened.locator('.sd-question[data-name="p_c5_asked_about_child"]').waitFor();
    expect(await checkedValue(reopened, 'p_c5_asked_about_child')).toBe(halfway);

    await finish(reopened, () => context.setOffline(true));
    await reopened.getByRole('heading', { name: 'Uw antwoorden worden verstuurd' }).waitFor();
    await reopened.locator('.save-status[data-state="offline"]').waitFor();
    expect(await countResponses(staff, link.linkId)).toEqual({ ...before, partial: before.partial + 1 });

    await context.setOffline(false);
    await reopened.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    expect(await countResponses(staff, link.linkId)).toEqual({
      complete: before.complete + 1,
      partial: before.partial,
    });
    // The draft is gone; only the marker that this device completed the link stays.
    expect(await reopened.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('driehoek:')))).toEqual([
      `driehoek:done:${link.linkId}`,
    ]);
    expect(foreign).toEqual([]);
    expect(puts).toBeGreaterThan(2);
    await context.close();
  });
});
