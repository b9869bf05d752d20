import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { staffSession } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const LOCATION = 'Locatie Noord';
const STRENGTHS = 'Ouders voelen zich welkom aan de voordeur (browsertest).';
const ADVICE = 'Begin het schooljaar met startgesprekken (browsertest).';
const REASON = 'In de gesprekken met de ouderraad bleek meer samenwerking (browsertest).';

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'a researcher closes a round, judges and publishes its report; the IKC team reads only what was published',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let researcher: Page;
    let team: Page;
    let roundId = '';
    /** The criterion whose level the researcher sets, its computed level and the level set. */
    const adjusted = { criterion: '', title: '', computed: '', level: '' };
    const troubles: Troubles = { page: [], csp: [] };

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      const api = await staffSession(server);
      const locations = await api.get<{ items: { id: string; name: string }[] }>('/api/locations');
      const noord = locations.items.find((l) => l.name === LOCATION);
      if (!noord) throw new Error(`no demo location ${LOCATION}`);
      const rounds = await api.get<{ items: { id: string; status: string }[] }>(`/api/rounds?locationId=${noord.id}`);
      roundId = rounds.items.find((r) => r.status === 'open')?.id ?? '';
      if (!roundId) throw new Error(`no open demo round at ${LOCATION}: ${JSON.stringify(rounds.items)}`);

      browser = await launchChromium();
      const researcherContext = await browser.newContext(laptop);
      const teamContext = await browser.newContext(laptop);
      watch(researcherContext, troubles);
      watch(teamContext, troubles);
      researcher = await researcherContext.newPage();
      team = await teamContext.newPage();
      await logInThroughForm(researcher, server.baseUrl, 'onderzoeker@demo.driehoek.nl');
      await logInThroughForm(team, server.baseUrl, 'ikc@demo.driehoek.nl');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    const roundPage = (page: Page, tab = '') =>
      page.goto(`${server.baseUrl}/app/rondes/${roundId}${tab ? `/${tab}` : ''}`);
    const path = (page: Page) => page.getByRole('list', { name: 'Verloop van de ronde' });
    const step = (page: Page, name: string) =>
      path(page)
        .locator('li.round-path__step')
        .filter({ hasText: new RegExp(`^${name} \\(`) });

    it('closes the round from its page; the path then asks for the review', async () => {
      await roundPage(researcher);
      await expect.poll(() => step(researcher, 'Open').textContent()).toBe('Open (nu)');
      // Publishing is no status button any more.
      expect(await researcher.getByRole('button', { name: /gepubliceerd/i }).count()).toBe(0);
      await researcher.getByRole('button', { name: 'Ronde sluiten' }).click();
      await researcher.getByRole('button', { name: 'Ja, ronde sluiten' }).click();
      await researcher.getByText(/Het rapport publiceert u onder/).waitFor();
      await expect.poll(() => step(researcher, 'Gesloten').textContent()).toBe('Gesloten (klaar)');
      await expect
        .poll(() => step(researcher, 'Rapport beoordeeld').textContent())
        .toMatch(/\(nu\).*geen samenvatting/);
    });

    it('shows the IKC team response counts only before publication', async () => {
      await roundPage(team, 'rapport');
      await team.getByText('Het rapport is nog niet gepubliceerd').waitFor();
      const counts = team.locator('table').filter({ has: team.getByText('Respons per doelgroep') });
      expect(await counts.getByRole('rowheader', { name: 'Ouders' }).count()).toBe(1);
      const main = (await team.getByRole('main').textContent()) ?? '';
      expect(main).not.toMatch(/Niveaus per criterium|Samenvatting van de onderzoeker|Waarom/);
      expect(await team.getByRole('link', { name: /^Rapport openen/ }).count()).toBe(0);
    });

    it('writes a summary, sets one level with a reason (refused without one) and publishes', async () => {
      await roundPage(researcher, 'rapport');
      await researcher.getByText('Concept — niet gepubliceerd').waitFor();

      const summary = researcher.getByRole('region', { name: 'Samenvatting', exact: true });
      await summary.getByLabel('Wat goed gaat').fill(STRENGTHS);
      await summary.getByLabel('Advies').fill(ADVICE);
      await summary.getByRole('button', { name: 'Samenvatting opslaan' }).click();
      await expect.poll(() => summary.getByRole('status').textContent()).toBe('Samenvatting opgeslagen.');
      // The to-do list follows the save: the summary is no longer missing.
      const todo = researcher.getByRole('region', { name: 'Nog te doen' });
      await expect.poll(() => todo.textContent()).not.toMatch(/geen samenvatting/);

      // The first criterion with a computed level gets another one.
      let region: Locator | undefined;
      for (let i = 1; i <= 10 && !region; i++) {
        // Each criterion's editor is named by its id and name: "C5 Gelijkwaardige gesprekken".
        const candidate = researcher.getByRole('region', { name: new RegExp(`^C${i} \\p{L}`, 'u') });
        const computed = ((await candidate.locator('.plan-level').first().textContent()) ?? '').trim();
        if (/^[123]\.0$/.test(computed)) {
          region = candidate;
          adjusted.criterion = `C${i}`;
          adjusted.title = ((await candidate.getByRole('heading').first().textContent()) ?? '').trim();
          adjusted.computed = computed;
          adjusted.level = computed === '2.0' ? '3' : '2';
        }
      }
      if (!region) throw new Error('no criterion with a computed level in the demo round');
      await region.getByLabel('Vastgesteld niveau').selectOption(adjusted.level);
      await region.getByRole('button', { name: `Oordeel opslaan over ${adjusted.title}` }).click();
      await expect
        .poll(() => region.getByRole('alert').textContent())
        .toBe('Schrijf waarom u een ander niveau vaststelt dan berekend');
      await region.getByLabel(/^Reden/).fill(REASON);
      await region.getByRole('button', { name: `Oordeel opslaan over ${adjusted.title}` }).click();
      await expect
        .poll(() => region.getByRole('status').textContent())
        .toBe(`Oordeel over ${adjusted.title} opgeslagen.`);
      await region
        .getByText(
          `Vastgesteld ${adjusted.level}.0 door de onderzoeker, berekend ${adjusted.computed} — reden: ${REASON}`,
        )
        .waitFor();

      await researcher.getByRole('button', { name: 'Publiceren', exact: true }).click();
      const confirm = researcher.getByRole('group', { name: 'Het rapport publiceren?' });
      await confirm.getByRole('button', { name: /^(Toch|Ja,) publiceren$/ }).click();
      await researcher.getByText(/^Gepubliceerd \(versie 1, .*, door /).waitFor();
      await researcher.getByText('Het concept is gelijk aan de publicatie.').waitFor();
      await expect.poll(() => step(researcher, 'Gepubliceerd').textContent()).toBe('Gepubliceerd (klaar)');
      await expect
        .poll(() => step(researcher, 'Gepresenteerd').textContent())
        .toBe('Gepresenteerd (volgende stap)na de terugkoppeling met het team');
      await researcher.screenshot({ path: '/tmp/staff-report-draft.png', fullPage: true });
    });

    it('shows the IKC team the publication: the summary and the level the researcher set, beside the computed one', async () => {
      await roundPage(team, 'rapport');
      await team.getByText(/^Gepubliceerd \(versie 1, /).waitFor();
      const summary = team.getByRole('region', { name: 'Samenvatting van de onderzoeker' });
      await summary.getByText(STRENGTHS).waitFor();
      await summary.getByText(ADVICE).waitFor();
      const row = team
        .locator('tr')
        .filter({ has: team.getByRole('rowheader', { name: adjusted.title, exact: true }) });
      expect(((await row.locator('.plan-level').textContent()) ?? '').trim()).toBe(`${adjusted.level}.0`);
      await row.getByText('vastgesteld door de onderzoeker', { exact: true }).waitFor();
      await row
        .getByText(
          `Vastgesteld ${adjusted.level}.0 door de onderzoeker, berekend ${adjusted.computed} — reden: ${REASON}`,
        )
        .waitFor();
      expect(await team.getByText('Het rapport is nog niet gepubliceerd').count()).toBe(0);
      await team.screenshot({ path: '/tmp/staff-report-published.png', fullPage: true });
      // Nothing of the researcher's tools.
      expect(await team.getByRole('button', { name: /publiceren|intrekken/i }).count()).toBe(0);
      expect(await team.getByLabel('Wat goed gaat').count()).toBe(0);
    });

    it('passes axe on the draft (researcher) and on the publication (IKC team)', async () => {
      const failures: string[] = [];
      for (const [state, page, ready] of [
        ['draft (researcher)', researcher, 'Het concept is gelijk aan de publicatie.'],
        ['publication (IKC team)', team, 'Samenvatting van de onderzoeker'],
      ] as const) {
        // A context that bypasses our CSP (it forbids axe's inline script), with the same session.
        const context = await browser.newContext({
          ...laptop,
          bypassCSP: true,
          storageState: await page.context().storageState(),
        });
        const p = await context.newPage();
        await roundPage(p, 'rapport');
        await p.getByText(ready).waitFor();
        const violations = await axeViolations(p);
        if (violations.length > 0) failures.push(describeViolations(state, violations));
        await context.close();
      }
      expect(failures.join('\n')).toBe('');
    });

    it('raised no script errors and no CSP refusals', () => {
      expect(troubles.page).toEqual([]);
      expect(troubles.csp).toEqual([]);
    });
  },
);
