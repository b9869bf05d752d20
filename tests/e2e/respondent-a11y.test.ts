import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, axeViolations, describeViolations } from '../support/axe';
import { answerVisibleQuestions, launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { pinnedInstrument, requiredQuestions } from '../support/instruments';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { countResponses, createRound, type StaffSession, staffSession, transitionRound } from '../support/staff-api';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const phone = { viewport: { width: 390, height: 844 }, locale: 'nl-NL', hasTouch: true };

describe.skipIf(missing !== undefined && !harnessEnv.ci)('respondent pages meet WCAG 2.1 AA', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;
  let staff: StaffSession;
  const linkOf = (audience: string) => {
    const link = server.links.find((l) => l.audience === audience);
    if (!link) throw new Error(`no ${audience} link in:\n${server.output()}`);
    return link;
  };

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    // No grace period: a closed round's link shows the closed page at once.
    server = await startServer(db, { DRIEHOEK_GRACE_MINUTES: '0' });
    browser = await launchChromium();
    staff = await staffSession(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  /** The axe results of every state checked, in order, so the failure lists them all at once. */
  const checked: { state: string; violations: AxeViolation[] }[] = [];
  async function check(page: Page, state: string) {
    // Let SurveyJS and React settle before judging the page: every finite animation done, then two frames painted
    // (React commits, live regions update). Waits on the page's own events, not on a guessed number of milliseconds.
    await page.evaluate(async () => {
      const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    checked.push({ state, violations: await axeViolations(page) });
  }

  /** Our CSP forbids the inline script that carries axe: only this test's contexts bypass it. */
  const axeContext = (): Promise<BrowserContext> => browser.newContext({ ...phone, bypassCSP: true });

  async function nextUntil(page: Page, questionName: string) {
    const target = page.locator(`.sd-question[data-name="${questionName}"]`);
    for (let guard = 0; guard < 40 && !(await target.isVisible()); guard++) {
      await answerVisibleQuestions(page);
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    await target.waitFor();
  }

  const saveRoute = '**/api/responses/*';

  it('has no axe violations on any respondent page state', async () => {
    const context = await axeContext();
    const page = await context.newPage();
    const parents = linkOf('parents');

    await page.goto(parents.url);
    await page.getByRole('button', { name: 'Beginnen' }).waitFor();
    await check(page, 'landing (parents, Dutch)');

    await page.getByLabel('Taal').selectOption('ar');
    await page.getByRole('button', { name: 'ابدأ' }).waitFor();
    await check(page, 'landing (parents, Arabic, right to left)');
    await page.getByLabel(/اللغة/).selectOption('nl');

    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.getByRole('button', { name: 'Volgende' }).waitFor();
    await check(page, 'welcome text (html element)');

    await nextUntil(page, 'bg_age_band');
    await check(page, 'background questions (radio groups)');
    // The background questions that route the questionnaire are required: going on without them shows an error
    // at each of them, and the page stays.
    const requiredHere: string[] = [];
    for (const name of requiredQuestions(await pinnedInstrument(server, parents.linkId))) {
      if (await page.locator(`.sd-question[data-name="${name}"]`).isVisible()) requiredHere.push(name);
    }
    expect(requiredHere, 'required questions on the background page').not.toEqual([]);
    await page.getByRole('button', { name: 'Volgende' }).click();
    for (const name of requiredHere) {
      await page.locator(`.sd-question[data-name="${name}"]`).getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    }
    await check(page, 'required questions left open (error messages)');
    await answerVisibleQuestions(page);
    await nextUntil(page, 'p_c1_vision_with_parents');
    await check(page, 'level options with don’t know');

    // The server refuses a save, naming a question.
    await page.route(saveRoute, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'validation',
            message: 'p_c1_vision_with_parents: kies een van de antwoorden',
            field: 'p_c1_vision_with_parents',
          },
        }),
      }),
    );
    await answerVisibleQuestions(page);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('[data-state="rejected"]').first().waitFor();
    await check(page, 'save refused by the server (400 naming a question)');
    await page.unroute(saveRoute);

    await page.route(saveRoute, (route) => route.abort('internetdisconnected'));
    await answerVisibleQuestions(page);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('[data-state="offline"]').first().waitFor();
    await check(page, 'offline status');
    await page.unroute(saveRoute);

    await nextUntil(page, 'inv_topics');
    await check(page, 'checkbox groups (what parents need)');
    await page.locator('.sd-question[data-name="inv_topics"] input[type=checkbox]').first().check({ force: true });
    await check(page, 'a box ticked');

    await nextUntil(page, 'open_change');
    await page.getByRole('textbox').first().fill('Vaker vragen wat ik over mijn kind weet.');
    await check(page, 'open text (comment)');

    await page.route(saveRoute, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'validation', message: 'open_change: hoogstens 2000 tekens', field: 'open_change' },
        }),
      }),
    );
    await page.getByRole('button', { name: 'Verzenden' }).click();
    await page.getByRole('button', { name: 'Terug naar de vragenlijst' }).waitFor();
    await check(page, 'completion refused (sending page with the server message)');
    await page.getByRole('button', { name: 'Terug naar de vragenlijst' }).click();
    await page.getByRole('button', { name: 'Verzenden' }).waitFor();
    await check(page, 'back at the refused question');
    await page.unroute(saveRoute);

    await page.getByRole('button', { name: 'Verzenden' }).click();
    await page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    await check(page, 'thank-you page');
    await context.close();

    const child = await (await axeContext()).newPage();
    await child.goto(linkOf('children').url);
    await child.getByRole('button', { name: 'Ja, ik doe mee' }).waitFor();
    await check(child, 'children: assent');
    await child.getByRole('button', { name: 'Nee, liever niet' }).click();
    await child.getByRole('heading', { name: 'Dat is goed!' }).waitFor();
    await check(child, 'children: goodbye after no');
    await child.getByRole('button', { name: 'Toch meedoen' }).click();
    await child.getByRole('button', { name: 'Ja, ik doe mee' }).click();
    await nextUntil(child, 'k_warm_up');
    await check(child, 'children: faces (practice question)');
    await child.locator('.face-word', { hasText: /^Ja$/ }).click();
    await check(child, 'children: a face chosen');
    await child.context().close();

    const codeRound = await createRound(staff, { singleUseCodes: true });
    await transitionRound(staff, codeRound.id, 'open');
    const codePage = await (await axeContext()).newPage();
    await codePage.goto(`${server.baseUrl}/s/${codeRound.links[0]?.linkId}`);
    await codePage.getByLabel('Uw code').waitFor();
    await check(codePage, 'landing with a code field');
    await codePage.getByLabel('Uw code').fill('ABCD2345');
    await codePage.getByRole('button', { name: 'Beginnen' }).click();
    await codePage.getByText(/deze code kennen we niet/i).waitFor();
    await check(codePage, 'code refused');
    await codePage.context().close();

    const errorPages: [string, () => Promise<string>][] = [
      ['unknown link', async () => `${server.baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAA`],
      ['malformed link', async () => `${server.baseUrl}/s/nope`],
      [
        'not yet open',
        async () => `${server.baseUrl}/s/${(await createRound(staff, { opensInDays: 10 })).links[0]?.linkId}`,
      ],
      [
        'closed',
        async () => {
          const round = await createRound(staff);
          await transitionRound(staff, round.id, 'open');
          await transitionRound(staff, round.id, 'closed');
          return `${server.baseUrl}/s/${round.links[0]?.linkId}`;
        },
      ],
    ];
    for (const [state, url] of errorPages) {
      const errorPage = await (await axeContext()).newPage();
      await errorPage.goto(await url());
      await errorPage.getByRole('heading', { level: 1 }).waitFor();
      await check(errorPage, `${state}: ${await errorPage.getByRole('heading', { level: 1 }).textContent()}`);
      await errorPage.context().close();
    }

    console.log(
      `axe (${checked.length} states):\n${checked.map((c) => `  ${c.violations.length === 0 ? 'ok  ' : 'FAIL'} ${c.state}`).join('\n')}`,
    );
    const failures = checked
      .filter((c) => c.violations.length > 0)
      .map((c) => describeViolations(c.state, c.violations));
    expect(failures.join('\n'), 'axe violations').toBe('');
  });

  it('lets a parent complete the whole questionnaire with the keyboard alone', async () => {
    const parents = linkOf('parents');
    const before = await countResponses(staff, parents.linkId);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(parents.url);
    await page.getByRole('button', { name: 'Beginnen' }).waitFor();

    const pressed: string[] = [];
    const press = async (key: string) => {
      pressed.push(key);
      await page.keyboard.press(key);
    };
    type Focus = { kind: string; text: string; name: string; groupChecked: boolean; value: string };
    const focused = () =>
      page.evaluate((): Focus => {
        const el = document.activeElement as HTMLElement | null;
        const input = el instanceof HTMLInputElement ? el : undefined;
        const choice = input?.type === 'radio' || input?.type === 'checkbox' ? input.type : undefined;
        const question = choice ? input?.closest('.sd-question') : null;
        return {
          kind: choice ?? el?.tagName.toLowerCase() ?? '',
          text: (el?.textContent ?? '').trim(),
          name: input?.name ?? '',
          groupChecked: question?.querySelector(`input[type=${choice}]:checked`) != null,
          value: el instanceof HTMLTextAreaElement ? el.value : '',
        };
      });
    const unanswered = () =>
      page.evaluate(() => {
        const questions = Array.from(document.querySelectorAll<HTMLElement>('.sd-question')).filter(
          (q) => q.offsetParent,
        );
        return questions.filter((q) => {
          if (q.querySelector('input[type=radio]')) return !q.querySelector('input[type=radio]:checked');
          if (q.querySelector('input[type=checkbox]')) return !q.querySelector('input[type=checkbox]:checked');
          const text = q.querySelector('textarea');
          return text ? text.value === '' : false;
        }).length;
      });

    // Tab to Beginnen and press Enter.
    for (let i = 0; i < 20 && (await focused()).text !== 'Beginnen'; i++) await press('Tab');
    await press('Enter');
    await page.getByRole('button', { name: 'Volgende' }).waitFor();

    let backwards = false;
    let changedWithArrow = false;
    let tickedBox = false;
    let done = false;
    for (let step = 0; step < 1500 && !done; step++) {
      const f = await focused();
      if ((f.kind === 'radio' || f.kind === 'checkbox') && !f.groupChecked) {
        // Space picks a radio option and ticks a box alike.
        await press('Space');
        if (f.kind === 'checkbox') tickedBox = true;
        backwards = false;
      } else if (f.kind === 'radio' && backwards && !changedWithArrow) {
        // Came back with Shift+Tab to an answered question: change the answer with an arrow key.
        const before = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
        await press('ArrowDown');
        const after = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
        expect(after).not.toBe(before);
        changedWithArrow = true;
        backwards = false;
      } else if (f.kind === 'textarea' && f.value === '') {
        await page.keyboard.type('Ik word altijd vriendelijk ontvangen.');
        pressed.push('type');
      } else if ((f.text === 'Volgende' || f.text === 'Verzenden') && (await unanswered()) > 0) {
        backwards = true;
        await press('Shift+Tab');
      } else if (
        f.text === 'Volgende' &&
        !changedWithArrow &&
        (await page.locator('.sd-question input:checked').count()) > 0
      ) {
        // Once, go back over an answered question with Shift+Tab to show that works too.
        backwards = true;
        await press('Shift+Tab');
      } else if (f.text === 'Volgende') {
        const progress = await page
          .locator('.sd-progress__text, .sd-progress-buttons__page-title')
          .first()
          .textContent();
        await press('Enter');
        await expect
          .poll(() => page.locator('.sd-progress__text, .sd-progress-buttons__page-title').first().textContent())
          .not.toBe(progress);
      } else if (f.text === 'Verzenden') {
        await press('Enter');
        done = true;
      } else {
        await press(backwards ? 'Shift+Tab' : 'Tab');
      }
    }
    expect(done).toBe(true);
    await page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    expect(changedWithArrow).toBe(true);
    expect(tickedBox, 'a checkbox question answered with Space').toBe(true);
    expect(pressed).toContain('Space');
    expect(pressed).toContain('Shift+Tab');

    const after = await countResponses(staff, parents.linkId);
    expect(after.complete).toBe(before.complete + 1);
    await context.close();
  });
});
