import { readFile } from 'node:fs/promises';
import { listQuestions } from '@driehoek/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, axeViolations, describeViolations } from '../support/axe';
import { answerVisibleQuestionNames, launchChromium, phonePage, visibleChoiceAnswers } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { latestInstrument, pinnedInstrument, questionsAsked, requiredQuestions } from '../support/instruments';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const DEMO_MUNICIPALITY = 'Gemeente Leeuwarden (demo)';
const DEMO_IKC = 'IKC De Driehoek (demo)';

/** What the new user of the issue creates; names unlike anything in the demo, so "not visible" means something. */
const NEW_IKC = 'IKC De Vlinderboom (browsertest)';
const NEW_LOCATIONS = [
  { name: 'Vlinderboom Oost', address: 'Oostersingel 4, Leeuwarden', school: true, childcare: true, n: [120, 70, 18] },
  { name: 'Vlinderboom West', address: 'Westerkade 9, Leeuwarden', school: false, childcare: true, n: [45, 0, 9] },
] as const;

/** Today in the Netherlands (the server's calendar), as `YYYY-MM-DD`, moved by `days`. */
function dutchDay(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The names of the questions on the respondent's current page, to tell one page from the next. */
const pageSignature = (page: Page) =>
  page.locator('.sd-question:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')).join('|'));

/** The names of the questions on the respondent's current page, without the text-only elements. */
const shownQuestions = (page: Page) =>
  page
    .locator('.sd-question:visible:not(.sd-question--html)')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));

describe.skipIf(missing !== undefined && !harnessEnv.ci)('a researcher sets up a new IKC and runs a round', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;
  let staff: BrowserContext;
  let page: Page;
  const troubles: Troubles = { page: [], csp: [] };

  /** Filled in as the story goes on. */
  const made = { ikcId: '', locationIds: [] as string[], roundId: '', parentsUrl: '' };

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    browser = await launchChromium();
    staff = await browser.newContext(laptop);
    watch(staff, troubles);
    page = await staff.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  /** Each role opens on its own home (issue 19): the researcher on what needs doing. */
  async function logIn(p: Page, email: string, home: string | RegExp = 'Wat er te doen is') {
    await logInThroughForm(p, server.baseUrl, email);
    await p.getByRole('heading', { level: 1, name: home }).waitFor();
  }

  const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();
  const nav = (p: Page, name: string) =>
    p.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
  const tab = (name: string) =>
    page.getByRole('navigation', { name: 'Onderdelen van de ronde' }).getByRole('link', { name }).click();
  const idFromUrl = (p: Page) => UUID.exec(new URL(p.url()).pathname)?.[0] ?? '';

  it('logs in, creates an IKC with two locations and an open baseline round, and hands out the letter', async () => {
    // 1. The login form.
    await logIn(page, server.login.email || 'onderzoeker@demo.driehoek.nl');

    // 2. A new IKC in the demo municipality…
    await nav(page, "IKC's");
    await heading(page, "IKC's");
    await page.getByRole('link', { name: 'Nieuw IKC' }).click();
    await heading(page, 'Nieuw IKC');
    await page.getByLabel('Organisatie').selectOption({ label: DEMO_MUNICIPALITY });
    await page.getByLabel('Naam van het IKC').fill(NEW_IKC);
    await page.getByRole('button', { name: 'IKC aanmaken' }).click();
    await heading(page, NEW_IKC);
    made.ikcId = idFromUrl(page);
    expect(made.ikcId).toMatch(UUID);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('0 locaties');

    // …with two locations.
    for (const loc of NEW_LOCATIONS) {
      await page.getByRole('link', { name: 'Nieuwe locatie in dit IKC' }).click();
      await heading(page, 'Nieuwe locatie');
      const ikcSelect = page.getByLabel('IKC', { exact: true });
      await ikcSelect.locator(`option[value="${made.ikcId}"]`).waitFor({ state: 'attached' });
      expect(await ikcSelect.inputValue()).toBe(made.ikcId);
      await page.getByLabel('Naam van de locatie').fill(loc.name);
      await page.getByLabel('Adres (optioneel)').fill(loc.address);
      await page.getByRole('checkbox', { name: 'School (basisonderwijs)' }).setChecked(loc.school);
      await page.getByRole('checkbox', { name: 'Kinderopvang' }).setChecked(loc.childcare);
      await page.getByLabel('Gezinnen').fill(String(loc.n[0]));
      await page.getByLabel('Leerlingen van ongeveer 8–12 jaar').fill(String(loc.n[1]));
      await page.getByLabel('Medewerkers', { exact: true }).fill(String(loc.n[2]));
      await page.getByRole('button', { name: 'Locatie aanmaken' }).click();
      await heading(page, loc.name);
      made.locationIds.push(idFromUrl(page));
      await expect.poll(() => page.getByRole('main').textContent()).toContain(loc.address);
      await page.getByRole('main').getByRole('link', { name: NEW_IKC }).click();
      await heading(page, NEW_IKC);
    }
    expect(new Set(made.locationIds).size).toBe(2);
    await page.getByRole('link', { name: '2 locaties' }).click();
    await heading(page, `Locaties van ${NEW_IKC}`);
    const table = page.getByRole('table', { name: 'Locaties' });
    await table.getByRole('row', { name: new RegExp(NEW_LOCATIONS[0].name) }).waitFor();
    await expect
      .poll(() => table.getByRole('row', { name: new RegExp(NEW_LOCATIONS[0].name) }).textContent())
      .toMatch(/school \+ opvang.*120.*70.*18/);
    await expect
      .poll(() => table.getByRole('row', { name: new RegExp(NEW_LOCATIONS[1].name) }).textContent())
      .toMatch(/opvang.*45.*0.*9/);

    // 3. A baseline round at the first new location, open from yesterday, with the latest parents questionnaire.
    await table.getByRole('link', { name: NEW_LOCATIONS[0].name }).click();
    await heading(page, NEW_LOCATIONS[0].name);
    await page.getByText('Deze locatie heeft nog geen rondes.').waitFor();
    await page.getByRole('link', { name: 'Nieuwe ronde' }).click();
    await heading(page, `Nieuwe ronde voor ${NEW_LOCATIONS[0].name}`);
    await page.getByRole('radio', { name: 'Nulmeting' }).check();
    await page.getByLabel('Naam (optioneel)').fill('Nulmeting browsertest');
    await page.getByLabel('Opent op').fill(dutchDay(-1));
    await page.getByLabel('Sluit na').fill(dutchDay(28));
    const parentsPin = page.getByLabel('Ouders', { exact: true });
    const published = await parentsPin
      .locator('option')
      .evaluateAll((os) =>
        os.map((o) => o.textContent ?? '').filter((t) => /^Vragenlijst ouders, versie \d+$/.test(t)),
      );
    const latest = `Vragenlijst ouders, versie ${latestInstrument('parents').version}`;
    expect(published).toContain(latest);
    await parentsPin.selectOption({ label: latest });
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await heading(page, /Nulmeting browsertest/);
    made.roundId = idFromUrl(page);
    await expect.poll(() => page.getByRole('main').textContent()).toContain('In voorbereiding');

    await page.getByRole('button', { name: 'Ronde openen' }).click();
    await page.getByRole('button', { name: 'Ja, ronde openen' }).click();
    await page.locator('.status--open').waitFor();
    await expect.poll(() => page.locator('.status').textContent()).toBe('Open');

    // 4. Distribution: the letter carries the QR code and the link; the QR code downloads as a PNG.
    await tab('Verspreiding');
    const parents = page.getByRole('region', { name: 'Ouders' });
    const link = parents.getByRole('link', { name: /\/s\// });
    made.parentsUrl = (await link.textContent()) ?? '';
    expect(made.parentsUrl).toMatch(new RegExp(`^${server.baseUrl}/s/\\S+$`));
    // The QR code on the page is an image that loaded (an SVG has no pixel size of its own: any width will do).
    const qr = parents.getByRole('img', { name: 'QR-code van de link voor ouders' });
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);

    const [letter] = await Promise.all([
      staff.waitForEvent('page'),
      parents.getByRole('link', { name: 'Brief om af te drukken' }).click(),
    ]);
    await letter.waitForLoadState();
    await letter.getByRole('heading', { level: 1, name: new RegExp(escapeRegExp(NEW_IKC)) }).waitFor();
    expect(await letter.locator('.qr svg').count()).toBe(1);
    expect(await letter.locator('.qr svg path, .qr svg rect').count()).toBeGreaterThan(0);
    expect(await letter.locator('p.url').textContent()).toBe(made.parentsUrl);
    expect(await letter.content()).toContain(NEW_LOCATIONS[0].name);
    await letter.screenshot({ path: '/tmp/staff-workspace-letter.png' });
    await letter.close();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      parents.getByRole('link', { name: 'QR-code als PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.length).toBeGreaterThan(200);
    await page.screenshot({ path: '/tmp/staff-workspace-distribution.png', fullPage: true });
  });

  it('sees the count rise while a parent answers the whole questionnaire on a phone', async () => {
    expect(made.parentsUrl, 'the round of the first test').not.toBe('');
    await tab('Respons');
    const parentsRow = page.getByRole('table', { name: 'Respons per doelgroep' }).getByRole('row', { name: /Ouders/ });
    const completeCount = async () => (await parentsRow.getByRole('cell').nth(1).textContent())?.trim();
    await expect.poll(completeCount).toBe('0');

    // 5. The parent, on a phone.
    const { page: phone, foreign } = await phonePage(browser, server.baseUrl);
    phone.on('pageerror', (e) => troubles.page.push(`respondent: ${e.message}`));
    await phone.goto(made.parentsUrl);
    await phone.getByRole('button', { name: 'Beginnen' }).click();
    const next = phone.getByRole('button', { name: 'Volgende' });
    const submit = phone.getByRole('button', { name: 'Verzenden' });
    await next.waitFor();
    // Every question shown, every one answered, and the answers given: the routed questionnaire shows a parent only
    // the questions that fit their background answers, and the parent answers every one of those.
    const shown: string[] = [];
    const answered: string[] = [];
    const answers: Record<string, string | string[]> = {};
    for (let pages = 0; pages < 40; pages++) {
      answered.push(...(await answerVisibleQuestionNames(phone)));
      Object.assign(answers, await visibleChoiceAnswers(phone));
      shown.push(...(await shownQuestions(phone)));
      if (await submit.isVisible()) break;
      const before = await pageSignature(phone);
      await next.click();
      // Wait for the next page before answering it: SurveyJS renders it after the click.
      await expect.poll(() => pageSignature(phone), { timeout: 5000 }).not.toBe(before);
    }
    const questionnaire = await pinnedInstrument(server, new URL(made.parentsUrl).pathname.split('/').at(-1) ?? '');
    expect(questionnaire.version, 'the round pins the version the researcher chose').toBe(
      latestInstrument('parents').version,
    );
    const asked = questionsAsked(questionnaire, answers);
    expect(shown).toEqual(asked.map((q) => q.name));
    // The routing left some questions out for this parent (the first options say a baby or toddler at school).
    expect(asked.length).toBeLessThan(listQuestions(questionnaire.survey).length);
    // Every choice question shown got its answer; only the open question stays empty, as a hurried parent leaves it.
    const choiceQuestions = asked.filter((q) => q.values !== undefined).map((q) => q.name);
    expect(answered).toEqual(choiceQuestions);
    expect(Object.keys(answers).sort()).toEqual([...choiceQuestions].sort());
    expect(answered.length).toBeGreaterThan(20);
    await submit.click();
    await phone.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    await phone.screenshot({ path: '/tmp/staff-workspace-thanks.png' });
    expect(foreign).toEqual([]);
    await phone.context().close();

    // 6. The researcher's response page refreshes itself every 10 s.
    await expect.poll(completeCount, { timeout: 25_000, interval: 1000 }).toBe('1');
    await expect.poll(() => parentsRow.textContent()).toMatch(/1%/);
  });

  it('records two mystery-guest visits', async () => {
    expect(made.roundId, 'the round of the first test').not.toBe('');
    await tab('Mystery guest');
    const forms = [
      { touchpoint: 'Telefoon', key: 'mg-phone' },
      { touchpoint: 'Website en schoolgids', key: 'mg-website' },
    ];
    for (const { touchpoint, key } of forms) {
      const form = latestInstrument(key);
      const pageTitles = (form.survey as { pages: { title: { default: string } }[] }).pages.map((p) => p.title.default);
      const section = page.getByRole('region', { name: touchpoint, exact: true });
      await section.getByText('Nog geen bezoeken.').waitFor();
      await section.getByRole('link', { name: `Nieuw bezoek: ${touchpoint.toLowerCase()}` }).click();
      await heading(page, `Nieuw bezoek: ${touchpoint.toLowerCase()}`);
      await page.waitForURL(new RegExp(`/bezoeken/${UUID.source}`));
      const visitId = new RegExp(`/bezoeken/(${UUID.source})`).exec(page.url())?.[1] ?? '';
      await page.getByRole('heading', { name: pageTitles[0] ?? '', exact: true }).waitFor();
      // The app's own visit date is the only date: the form asks none of its own.
      expect(await page.getByLabel('Datum van het bezoek').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await page.locator('input[type=date]').count()).toBe(1);

      // The contact page cannot be skipped: every required question names itself when left open, and lets go once
      // answered. One at a time: a text answer counts when the field is left, and each message that goes moves the
      // questions below it.
      const required = requiredQuestions(form);
      expect(required).toEqual(expect.arrayContaining(['mg_channel', 'mg_scenario', 'mg_rater']));
      const errorOf = (name: string) =>
        page.locator(`.sd-question[data-name="${name}"]`).getByRole('alert').filter({ hasText: /\S/ });
      await page.getByRole('button', { name: 'Volgende' }).click();
      for (const name of required) await errorOf(name).waitFor();
      const typeAndLeave = async (label: string, text: string) => {
        const field = page.getByLabel(label);
        await field.fill(text);
        await field.blur();
      };
      const contact: [string, () => Promise<void>][] = [
        ['mg_time', () => typeAndLeave('Tijdstip waarop het contact begon', '10:30')],
        [
          'mg_channel',
          () => page.locator('.sd-question[data-name="mg_channel"] .sd-item__control-label').first().click(),
        ],
        [
          'mg_scenario',
          () =>
            page
              .locator('.sd-question[data-name="mg_scenario"] .sd-item__control-label', { hasText: /^Standaard/ })
              .click(),
        ],
        ['mg_rater', () => typeAndLeave('Jouw code als observant', 'MG-07')],
      ];
      for (const [name, answer] of contact) {
        await answer();
        await expect.poll(() => errorOf(name).count()).toBe(0);
      }
      const answers = await visibleChoiceAnswers(page);
      expect(answers.mg_scenario).toBe('standard');
      const answered = Object.keys(answers);

      // Every page of the form in order; observers never see a level ("niveau"), only what happened.
      for (const [i, title] of pageTitles.entries()) {
        await page.getByRole('heading', { name: title, exact: true }).waitFor();
        expect(await page.getByRole('main').textContent()).not.toMatch(/niveau/i);
        expect(await page.locator('input[type=date]').count()).toBe(1);
        if (i > 0) answered.push(...(await answerVisibleQuestionNames(page)));
        if (i < pageTitles.length - 1) await page.getByRole('button', { name: 'Volgende' }).click();
      }
      // The standard scenario leaves out the items routed to the other scenarios; every other choice is answered.
      const asked = questionsAsked(form, answers).filter((q) => q.values !== undefined);
      expect(answered).toEqual(asked.map((q) => q.name));
      await expect.poll(() => page.getByRole('status').allTextContents()).toContain('Wijzigingen nog niet opgeslagen.');
      await page.getByRole('button', { name: 'Opslaan' }).first().click();
      await expect.poll(() => page.getByRole('status').allTextContents()).toContain('Opgeslagen');

      // The server holds the visit under the latest form, with the required answers and no date of the form's own.
      const listed = await page.request.get(`${server.baseUrl}/api/visits?roundId=${made.roundId}`);
      expect(listed.status()).toBe(200);
      const visit = (
        (await listed.json()) as { items: { id: string; instrument: unknown; answers: object }[] }
      ).items.find((v) => v.id === visitId);
      expect(visit?.instrument).toEqual({ key, version: form.version });
      expect(visit?.answers).toMatchObject({ mg_time: '10:30', mg_scenario: 'standard', mg_rater: 'MG-07' });
      expect(Object.keys(visit?.answers ?? {}).filter((name) => /date/.test(name))).toEqual([]);

      await page.getByRole('link', { name: /: mystery guest$/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Mystery guest' }).waitFor();
    }
    for (const touchpoint of ['Telefoon', 'Website en schoolgids']) {
      const section = page.getByRole('region', { name: touchpoint, exact: true });
      await expect.poll(() => section.getByRole('link', { name: /^Bezoek van / }).count()).toBe(1);
      expect(await section.textContent()).toContain('door Demo-onderzoeker');
    }
    expect(await page.getByText('Niet opgeslagen op de server').count()).toBe(0);
    await page.screenshot({ path: '/tmp/staff-workspace-visits.png', fullPage: true });
  });

  it("shows the IKC user their own IKC and nothing of the researcher's new one", async () => {
    expect(made.locationIds, 'the locations of the first test').toHaveLength(2);
    const context = await browser.newContext(laptop);
    const ikcTroubles: Troubles = { page: [], csp: [] };
    watch(context, ikcTroubles);
    const ikc = await context.newPage();
    await logIn(ikc, 'ikc@demo.driehoek.nl', /^Rapport/);
    const main = ikc.getByRole('main');
    const notOurs = async () => {
      const text = (await main.textContent()) ?? '';
      expect(text).not.toContain('Vlinderboom');
    };
    // The response monitor only lists the demo IKC's rounds.
    await nav(ikc, 'Respons');
    await ikc.getByRole('heading', { level: 1, name: 'Responsmonitor' }).waitFor();
    await expect.poll(() => main.textContent()).toContain('Locatie Noord');
    await notOurs();

    await nav(ikc, "IKC's");
    await ikc.getByRole('table', { name: "IKC's" }).getByRole('link', { name: DEMO_IKC }).waitFor();
    expect(await ikc.getByRole('table', { name: "IKC's" }).getByRole('row').count()).toBe(2);
    await notOurs();
    await ikc.getByLabel("Zoek IKC's").fill('Vlinderboom');
    await ikc.getByRole('button', { name: 'Zoeken' }).click();
    await ikc.getByText("Geen IKC's gevonden.").waitFor();

    await nav(ikc, 'Locaties');
    const locations = ikc.getByRole('table', { name: 'Locaties' });
    await locations.getByRole('link', { name: 'Locatie Noord' }).waitFor();
    await locations.getByRole('link', { name: 'Locatie Zuid' }).waitFor();
    expect(await locations.getByRole('row').count()).toBe(3);
    await notOurs();
    await ikc.getByLabel('Zoek locaties').fill('Vlinderboom');
    await ikc.getByRole('button', { name: 'Zoeken' }).click();
    await ikc.getByText('Geen locaties gevonden.').waitFor();
    // Archived ones neither.
    await ikc.getByLabel('Tonen').selectOption('include');
    await ikc.getByText('Geen locaties gevonden.').waitFor();

    await nav(ikc, 'Rondes');
    await ikc.getByRole('table', { name: 'Alle rondes' }).waitFor();
    await notOurs();

    // The new location's page, by its address, says no more than that it is not found.
    await ikc.goto(`${server.baseUrl}/app/locaties/${made.locationIds[1]}`);
    await ikc.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    await notOurs();

    // And the API answers 404 to the IKC user's cookie for the new objects.
    for (const path of [
      `/api/locations/${made.locationIds[0]}`,
      `/api/locations/${made.locationIds[1]}`,
      `/api/ikcs/${made.ikcId}`,
      `/api/rounds/${made.roundId}`,
      `/api/rounds?locationId=${made.locationIds[0]}`,
    ]) {
      const response = await ikc.request.get(`${server.baseUrl}${path}`);
      if (path.includes('?')) {
        const body = await response.text();
        expect(response.status() === 404 || !body.includes(made.roundId), `${path}: ${body}`).toBe(true);
      } else {
        expect(response.status(), path).toBe(404);
      }
    }
    const own = await ikc.request.get(`${server.baseUrl}/api/locations?q=Vlinderboom`);
    expect(own.status()).toBe(200);
    expect((await own.json()) as { total: number }).toMatchObject({ total: 0 });
    expect(ikcTroubles.page).toEqual([]);
    expect(ikcTroubles.csp).toEqual([]);
    await context.close();
  });

  it('has no WCAG 2.1 AA violations on the staff pages of this story', async () => {
    expect(made.roundId, 'the round of the first test').not.toBe('');
    // Our CSP forbids the inline script that carries axe: only this context bypasses it, with the same session.
    const context = await browser.newContext({ ...laptop, bypassCSP: true, storageState: await staff.storageState() });
    const p = await context.newPage();
    const checked: { state: string; violations: AxeViolation[] }[] = [];
    const check = async (state: string, path: string, ready: () => Promise<unknown>) => {
      await p.goto(`${server.baseUrl}${path}`);
      await ready();
      checked.push({ state, violations: await axeViolations(p) });
    };
    await check('new location form', `/app/locaties/nieuw?ikc=${made.ikcId}`, () =>
      p.getByLabel('IKC', { exact: true }).locator(`option[value="${made.ikcId}"]`).waitFor({ state: 'attached' }),
    );
    await check('round: distribution', `/app/rondes/${made.roundId}/verspreiding`, () =>
      p.getByRole('region', { name: 'Ouders' }).getByRole('link', { name: 'Brief om af te drukken' }).waitFor(),
    );
    await check('round: response', `/app/rondes/${made.roundId}/respons`, () =>
      p.getByRole('table', { name: 'Respons per doelgroep' }).waitFor(),
    );
    await check('round: mystery guest', `/app/rondes/${made.roundId}/bezoeken`, () =>
      p
        .getByRole('region', { name: 'Telefoon', exact: true })
        .getByRole('link', { name: /^Bezoek van / })
        .waitFor(),
    );
    await context.close();
    const failures = checked.filter((c) => c.violations.length > 0);
    expect(failures.map((c) => describeViolations(c.state, c.violations)).join('\n')).toBe('');
  });

  it('raised no script errors and no CSP refusals in the staff workspace', () => {
    expect(troubles.page).toEqual([]);
    expect(troubles.csp).toEqual([]);
  });
});
