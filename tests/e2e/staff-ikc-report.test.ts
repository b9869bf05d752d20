import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { type StaffSession, staffSession, transitionRound } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const IKC = 'IKC De Driehoek (demo)';
const LOCATIONS = ['Locatie Noord', 'Locatie Zuid'];

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'the researcher publishes both location reports and the IKC report; the IKC team and the municipality open it',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let api: StaffSession;
    let researcher: Page;
    let team: Page;
    let municipality: Page;
    let ikcId = '';
    const troubles: Troubles = { page: [], csp: [] };

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      api = await staffSession(server);
      const ikcs = await api.get<{ items: { id: string; name: string }[] }>('/api/ikcs');
      ikcId = ikcs.items.find((i) => i.name === IKC)?.id ?? '';
      if (!ikcId) throw new Error(`no demo IKC ${IKC}`);
      browser = await launchChromium();
      const pages: Page[] = [];
      for (const email of ['onderzoeker@demo.driehoek.nl', 'ikc@demo.driehoek.nl', 'gemeente@demo.driehoek.nl']) {
        const context = await browser.newContext(laptop);
        watch(context, troubles);
        const page = await context.newPage();
        await logInThroughForm(page, server.baseUrl, email);
        pages.push(page);
      }
      [researcher, team, municipality] = pages as [Page, Page, Page];
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    const ikcPage = (page: Page) => page.goto(`${server.baseUrl}/app/ikcs/${ikcId}`);
    const openFromIkcPage = async (page: Page) => {
      await ikcPage(page);
      await page.getByRole('link', { name: 'Rapport van het hele IKC' }).click();
      await page.getByRole('heading', { level: 1, name: `IKC-rapport ${IKC}` }).waitFor();
    };

    it('publishes the two location reports (closed rounds) as the researcher', async () => {
      const locations = await api.get<{ items: { id: string; name: string }[] }>('/api/locations');
      for (const name of LOCATIONS) {
        const location = locations.items.find((l) => l.name === name);
        if (!location) throw new Error(`no demo location ${name}`);
        const rounds = await api.get<{ items: { id: string; status: string }[] }>(
          `/api/rounds?locationId=${location.id}`,
        );
        const open = rounds.items.find((r) => r.status === 'open');
        if (!open) throw new Error(`no open demo round at ${name}`);
        await transitionRound(api, open.id, 'closed');
        const view = await api.post<{ state: string; published: { version: number } | null }>(
          `/api/reports/${open.id}/publish`,
          {},
        );
        expect(view).toMatchObject({ state: 'draft', published: { version: 1 } });
      }
    });

    it('shows the IKC team that the IKC report is not published yet', async () => {
      await openFromIkcPage(team);
      await team.getByText('Het rapport van het hele IKC is nog niet gepubliceerd.').waitFor();
      expect(await team.getByRole('table').count()).toBe(0);
    });

    it('lets the researcher read the draft made of both publications and publish it', async () => {
      await openFromIkcPage(researcher);
      await researcher.getByText('Concept — niet gepubliceerd').waitFor();
      const levels = researcher.getByRole('region', { name: 'Niveaus: het IKC en zijn locaties' });
      for (const name of ['IKC', ...LOCATIONS]) await levels.getByRole('columnheader', { name, exact: true }).waitFor();
      expect(await levels.getByRole('row').count()).toBe(11);
      await researcher.getByRole('button', { name: 'IKC-rapport publiceren' }).click();
      const confirm = researcher.getByRole('group', { name: 'Het IKC-rapport publiceren?' });
      await confirm.getByRole('button', { name: 'Ja, publiceren' }).click();
      await researcher.getByText('Het IKC-rapport is gepubliceerd (versie 1).', { exact: true }).waitFor();
      await researcher.getByText('Het concept is gelijk aan de publicatie.', { exact: false }).waitFor();
      expect(await researcher.getByRole('button', { name: /publiceren$/ }).count()).toBe(0);
    });

    it('lets the IKC team open the publication from its IKC page, without the researcher’s tools', async () => {
      await openFromIkcPage(team);
      await team.getByText(/^Gepubliceerd \(versie 1, /).waitFor();
      const levels = team.getByRole('region', { name: 'Niveaus: het IKC en zijn locaties' });
      for (const name of LOCATIONS) await levels.getByRole('columnheader', { name, exact: true }).waitFor();
      expect(await team.getByRole('button', { name: /publiceren|intrekken/i }).count()).toBe(0);
      await team.screenshot({ path: '/tmp/staff-ikc-report-published.png', fullPage: true });
    });

    it('lets the municipality open it from the overview row of the IKC', async () => {
      await municipality.goto(`${server.baseUrl}/app/gemeente`);
      await municipality.getByRole('link', { name: `IKC-rapport van ${IKC}` }).click();
      await municipality.getByRole('heading', { level: 1, name: `IKC-rapport ${IKC}` }).waitFor();
      await municipality.getByText(/^Gepubliceerd \(versie 1, /).waitFor();
    });

    it('passes axe on the draft (researcher) and on the publication (IKC team)', async () => {
      const failures: string[] = [];
      for (const [state, page, ready] of [
        ['draft (researcher)', researcher, 'Concept — niet gepubliceerd'],
        ['publication (IKC team)', team, 'Waar dit rapport uit bestaat'],
      ] as const) {
        // A context that bypasses our CSP (it forbids axe's inline script), with the same session.
        const context = await browser.newContext({
          ...laptop,
          bypassCSP: true,
          storageState: await page.context().storageState(),
        });
        const p = await context.newPage();
        await p.goto(`${server.baseUrl}/app/ikcs/${ikcId}/rapport`);
        await p.getByText(ready).first().waitFor();
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
