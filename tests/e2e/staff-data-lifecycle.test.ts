import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { createRound, type StaffSession, staffSession } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const LOCATION = 'Locatie Noord';
const REASON = 'Precies dezelfde antwoorden als een ander, binnen een minuut (browsertest).';

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'a researcher excludes a suspicious response; an admin deletes a round only after typing its location’s name',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let researcher: Page;
    let admin: Page;
    let api: StaffSession;
    let roundId = '';
    const troubles: Troubles = { page: [], csp: [] };

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      api = await staffSession(server);
      const locations = await api.get<{ items: { id: string; name: string }[] }>('/api/locations');
      const noord = locations.items.find((l) => l.name === LOCATION);
      if (!noord) throw new Error(`no demo location ${LOCATION}`);
      const rounds = await api.get<{ items: { id: string; status: string }[] }>(`/api/rounds?locationId=${noord.id}`);
      roundId = rounds.items.find((r) => r.status === 'open')?.id ?? '';
      if (!roundId) throw new Error(`no open demo round at ${LOCATION}`);

      browser = await launchChromium();
      const researcherContext = await browser.newContext(laptop);
      const adminContext = await browser.newContext(laptop);
      watch(researcherContext, troubles);
      watch(adminContext, troubles);
      researcher = await researcherContext.newPage();
      admin = await adminContext.newPage();
      await logInThroughForm(researcher, server.baseUrl, 'onderzoeker@demo.driehoek.nl');
      await logInThroughForm(admin, server.baseUrl, 'beheer@demo.driehoek.nl');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    it('excludes one response from the response tab, lists it as excluded, and the report counts it out', async () => {
      await researcher.goto(`${server.baseUrl}/app/rondes/${roundId}/respons`);
      const panel = researcher.getByRole('region', { name: 'Antwoorden beoordelen' });
      const boxes = panel.getByRole('checkbox', { name: /^Antwoord \w+ kiezen$/ });
      await boxes.first().waitFor();
      const total = await boxes.count();
      expect(total).toBeGreaterThan(10);
      const name = (await boxes.first().getAttribute('aria-label')) ?? '';
      const shortId = /^Antwoord (\w+) kiezen$/.exec(name)?.[1] ?? '';

      // Without a reason nothing happens but a message.
      await boxes.first().check();
      await panel.getByRole('button', { name: 'Gekozen antwoorden uitsluiten (1)' }).click();
      await expect.poll(() => panel.getByRole('alert').textContent()).toBe('Schrijf eerst in een paar woorden waarom.');

      await panel.getByLabel(/^Reden/).fill(REASON);
      await panel.getByRole('button', { name: 'Gekozen antwoorden uitsluiten (1)' }).click();
      await panel.getByText('1 antwoord is uitgesloten.').waitFor();
      expect(await panel.getByText(`${total} antwoorden, waarvan 1 uitgesloten.`).count()).toBe(1);

      await panel.getByLabel('Toon').selectOption('excluded');
      const excluded = panel.getByRole('table', { name: 'Uitgesloten' });
      await expect.poll(() => excluded.getByRole('row').count()).toBe(2);
      const row = excluded.getByRole('row').nth(1);
      expect(await row.getByRole('rowheader').textContent()).toBe(shortId);
      expect(await row.textContent()).toContain(REASON);

      // The report says how many were excluded, never which.
      await researcher.goto(`${server.baseUrl}/api/reports/${roundId}/html`);
      const report = (await researcher.locator('#respons').textContent()) ?? '';
      expect(report).toContain('Uitgesloten door de onderzoeker: 1 antwoord (ouders: 1)');
      expect(report).not.toContain(shortId);
    });

    it('deletes a round only after a reason and its location’s name typed exactly, then leaves its page', async () => {
      const created = await createRound(api);
      await admin.goto(`${server.baseUrl}/app/rondes/${created.id}`);
      const section = admin.getByRole('region', { name: 'Verwijderen op verzoek' });
      await section.getByRole('button', { name: 'Gegevens verwijderen…' }).click();
      await section.getByText(/^Dit verwijdert de ronde Browsertest/).waitFor();
      const label = (await section.locator('label', { hasText: /^Typ “/ }).textContent()) ?? '';
      const name = /^Typ “(.+)” om te bevestigen$/.exec(label)?.[1] ?? '';
      expect(name).not.toBe('');
      const confirm = section.getByLabel(label);
      const go = section.getByRole('button', { name: 'Definitief verwijderen' });
      expect(await go.isDisabled()).toBe(true);
      await section.getByLabel('Reden').selectOption('created_by_mistake');
      await confirm.fill(name.toLowerCase());
      expect(await go.isDisabled()).toBe(true);
      await confirm.fill(name);
      expect(await go.isEnabled()).toBe(true);
      await go.click();
      await admin.waitForURL(/\/app\/locaties\/[0-9a-f-]+$/);
      await expect(api.get(`/api/rounds/${created.id}`)).rejects.toThrow(/404/);
      // Researchers cannot delete: the control is not on their page.
      await researcher.goto(`${server.baseUrl}/app/rondes/${roundId}`);
      await researcher.getByRole('heading', { level: 1 }).waitFor();
      expect(await researcher.getByRole('region', { name: 'Verwijderen op verzoek' }).count()).toBe(0);
    });

    it('shows the admin what a retention period deletes when, before and after saving it', async () => {
      const orgs = await api.get<{ items: { id: string }[] }>('/api/organisations');
      const orgId = orgs.items[0]?.id ?? '';
      await admin.goto(`${server.baseUrl}/app/organisaties/${orgId}`);
      const panel = admin.getByRole('region', { name: 'Bewaartermijn' });
      await panel.getByRole('table', { name: 'Rondes en hun gegevens (geen bewaartermijn)' }).waitFor();
      await panel.getByLabel('Bewaartermijn in dagen na publicatie').fill('30');
      await panel.getByRole('button', { name: 'Laat zien wat dit betekent' }).click();
      const preview = panel.getByRole('table', { name: 'Voorbeeld met 30 dagen (nog niet opgeslagen)' });
      await preview.waitFor();
      // The demo's reports are not published yet: their data waits for publication.
      expect(await preview.textContent()).toContain('Geen rapport gepubliceerd');
      await panel.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
      await panel.getByText('Bewaartermijn opgeslagen.').waitFor();
      await panel.getByRole('table', { name: 'Wat wanneer wordt verwijderd (bewaartermijn 30 dagen)' }).waitFor();
      expect(troubles.page).toEqual([]);
      expect(troubles.csp).toEqual([]);
    });
  },
);
