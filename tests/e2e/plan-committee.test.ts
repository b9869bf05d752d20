import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, axeViolations, describeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { staffSession, transitionRound } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const DEMO_IKC = 'IKC De Driehoek (demo)';
const LOCATION = 'Locatie Noord';
const SUBJECT = 'Subsidieaanvraag 2027 (browsertest)';
const REVISE_REASON = 'Maak de doelen meetbaar: hoeveel ouders, en wanneer (browsertest).';
const QUESTION = 'Hoe bereikt u ouders met weinig Nederlands? (browsertest)';
const REPLY = 'Met een tolk bij elk startgesprek (browsertest).';

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'the municipality’s IKC committee responds to a plan; the IKC team sees it',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let gemeente: BrowserContext;
    let team: BrowserContext;
    let g: Page;
    let ikc: Page;
    let roundId = '';
    const troubles: Troubles = { page: [], csp: [] };

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      // A plan starts only from a published report: the researcher closes Noord's demo round, publishes its report
      // and starts the plan, as the research team does with the IKC.
      const researcher = await staffSession(server);
      const locations = await researcher.get<{ items: { id: string; name: string }[] }>('/api/locations');
      const noord = locations.items.find((l) => l.name === LOCATION);
      if (!noord) throw new Error(`no demo location ${LOCATION}: ${JSON.stringify(locations.items)}`);
      const rounds = await researcher.get<{ items: { id: string; status: string }[] }>(
        `/api/rounds?locationId=${noord.id}`,
      );
      const open = rounds.items.find((r) => r.status === 'open');
      if (!open) throw new Error(`no open demo round at ${LOCATION}: ${JSON.stringify(rounds.items)}`);
      await transitionRound(researcher, open.id, 'closed');
      await researcher.post(`/api/reports/${open.id}/publish`, {});
      await researcher.post('/api/plans', { roundId: open.id });
      roundId = open.id;

      browser = await launchChromium();
      gemeente = await browser.newContext(laptop);
      team = await browser.newContext(laptop);
      watch(gemeente, troubles);
      watch(team, troubles);
      g = await gemeente.newPage();
      ikc = await team.newPage();
      await logInThroughForm(g, server.baseUrl, 'gemeente@demo.driehoek.nl');
      await logInThroughForm(ikc, server.baseUrl, 'ikc@demo.driehoek.nl');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    /** The polite live region of the plan page says a change was saved. */
    const saved = (page: Page, text: string) =>
      expect.poll(() => page.locator('.plan-page > [role="status"]').textContent(), { timeout: 10_000 }).toBe(text);
    const committee = (page: Page) => page.getByRole('region', { name: 'Reactie van de IKC-commissie' });
    const current = (page: Page) => committee(page).locator('article.plan-decision--current');

    it('lets the municipality go from the overview to the plan, ask the team a question and ask for a revision', async () => {
      await g
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: "IKC's in beeld", exact: true })
        .click();
      await g.getByRole('heading', { level: 1, name: /^Overzicht / }).waitFor();
      const perIkc = g
        .locator('table.ov-plans')
        .getByRole('row')
        .filter({ has: g.getByRole('rowheader', { name: DEMO_IKC }) });
      expect((await perIkc.getByRole('cell').last().textContent())?.trim()).toBe('nog geen besluit');
      const heatmap = g.getByRole('region', { name: 'Niveaus per locatie' }).getByRole('table');
      const noord = heatmap.getByRole('row').filter({ has: g.getByRole('rowheader', { name: LOCATION, exact: true }) });
      await noord.getByRole('link', { name: /^0 doelen/ }).click();
      await g.waitForURL(`**/app/rondes/${roundId}/plan`);
      await committee(g)
        .getByText(/nog geen besluit over dit plan vastgelegd/)
        .waitFor();

      await committee(g).getByRole('button', { name: 'Besluit vastleggen' }).click();
      const form = committee(g).getByRole('form', { name: 'Besluit vastleggen' });
      await form.getByLabel('Waarover').fill(SUBJECT);
      await form.getByLabel('aanpassing gevraagd').check();
      // A request to revise without a reason is refused before anything is sent.
      await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await form.getByText('Geef een reden bij "aanpassing gevraagd"').waitFor();
      await form.getByLabel('Reden', { exact: true }).fill(REVISE_REASON);
      await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await saved(g, 'Besluit vastgelegd.');
      await expect.poll(() => current(g).textContent()).toContain('Besluit: Aanpassing gevraagd');
      expect(await current(g).textContent()).toContain(REVISE_REASON);

      await committee(g).getByLabel('Vraag of opmerking aan het IKC').fill(QUESTION);
      await committee(g).getByRole('button', { name: 'Reactie plaatsen' }).click();
      await saved(g, 'Reactie geplaatst.');
      await committee(g).locator('ol.plan-thread li').filter({ hasText: QUESTION }).waitFor();
    });

    it('shows the IKC team the decision on its plan, without a way to decide, and lets the team answer', async () => {
      // From the round's report, as a team member would.
      await ikc.goto(`${server.baseUrl}/app/rondes/${roundId}/rapport`);
      await ikc.getByRole('link', { name: 'Plan van aanpak bij deze ronde' }).click();
      await ikc.waitForURL(`**/app/rondes/${roundId}/plan`);
      await expect.poll(() => current(ikc).textContent()).toContain('Besluit: Aanpassing gevraagd');
      const text = (await current(ikc).textContent()) ?? '';
      expect(text).toContain(SUBJECT);
      expect(text).toContain(REVISE_REASON);
      expect(
        await committee(ikc)
          .getByRole('button', { name: /Besluit vastleggen/ })
          .count(),
      ).toBe(0);
      const question = committee(ikc).locator('ol.plan-thread li').filter({ hasText: QUESTION });
      expect(await question.textContent()).toContain('(gemeente)');

      await committee(ikc).getByLabel('Reactie aan de IKC-commissie').fill(REPLY);
      await committee(ikc).getByRole('button', { name: 'Reactie plaatsen' }).click();
      await saved(ikc, 'Reactie geplaatst.');
      await committee(ikc).locator('ol.plan-thread li').filter({ hasText: REPLY }).waitFor();
    });

    it('lets the municipality grant the revised plan, replacing its first decision, which stays as history', async () => {
      await g.reload();
      const reply = committee(g).locator('ol.plan-thread li').filter({ hasText: REPLY });
      await reply.waitFor();
      expect(await reply.textContent()).toContain('(IKC-team)');

      await committee(g).getByRole('button', { name: 'Nieuw besluit vastleggen' }).click();
      const form = committee(g).getByRole('form', { name: 'Nieuw besluit vastleggen' });
      expect(await form.getByLabel('Waarover').inputValue()).toBe(SUBJECT);
      await form.getByLabel('toegekend', { exact: true }).check();
      await form.getByLabel('Toegekend bedrag in euro (optioneel)').fill('12.500');
      await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await saved(g, 'Besluit vastgelegd.');
      await expect.poll(() => current(g).textContent()).toContain('Besluit: Toegekend: € 12.500');
      await committee(g).getByText('Eerdere besluiten (1)').click();
      const earlier = committee(g).locator('.plan-decisions article');
      expect(await earlier.textContent()).toMatch(/Aanpassing gevraagd.*vervangen door het besluit van/s);
      await committee(g).screenshot({ path: '/tmp/plan-committee-section.png' });
    });

    it('shows the decision in force on the IKC’s plan and beside the plan status in the overview', async () => {
      await ikc.reload();
      await expect.poll(() => current(ikc).textContent()).toContain('Besluit: Toegekend: € 12.500');
      expect(await committee(ikc).getByText('Eerdere besluiten (1)').count()).toBe(1);

      await g
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: "IKC's in beeld", exact: true })
        .click();
      const perIkc = g
        .locator('table.ov-plans')
        .getByRole('row')
        .filter({ has: g.getByRole('rowheader', { name: DEMO_IKC }) });
      await expect
        .poll(() => perIkc.getByRole('cell').last().textContent())
        .toMatch(new RegExp(`^Toegekend: € 12\\.500${SUBJECT.replace(/[()]/g, '\\$&')}, ${LOCATION}, `));
      const heatmap = g.getByRole('region', { name: 'Niveaus per locatie' }).getByRole('table');
      const noord = heatmap.getByRole('row').filter({ has: g.getByRole('rowheader', { name: LOCATION, exact: true }) });
      expect(await noord.locator('td').last().textContent()).toContain('commissie: toegekend');
      await g.screenshot({ path: '/tmp/plan-committee-overview.png', fullPage: true });

      // axe on the plan page of both sides (the municipality with its form open), in contexts that bypass our CSP.
      const checked: { state: string; violations: AxeViolation[] }[] = [];
      for (const [state, context, openForm] of [
        ['plan page with the committee’s decision (IKC team)', team, false],
        ['plan page with the decision form (municipality)', gemeente, true],
      ] as const) {
        const axeContext = await browser.newContext({
          ...laptop,
          bypassCSP: true,
          storageState: await context.storageState(),
        });
        const p = await axeContext.newPage();
        await p.goto(`${server.baseUrl}/app/rondes/${roundId}/plan`);
        await current(p).waitFor();
        if (openForm) {
          await committee(p).getByRole('button', { name: 'Nieuw besluit vastleggen' }).click();
          await committee(p).getByRole('form', { name: 'Nieuw besluit vastleggen' }).waitFor();
        }
        checked.push({ state, violations: await axeViolations(p) });
        await axeContext.close();
      }
      const failures = checked.filter((c) => c.violations.length > 0);
      expect(failures.map((c) => describeViolations(c.state, c.violations)).join('\n')).toBe('');
    });

    it('raised no script errors and no CSP refusals', () => {
      expect(troubles.page).toEqual([]);
      expect(troubles.csp).toEqual([]);
    });
  },
);
