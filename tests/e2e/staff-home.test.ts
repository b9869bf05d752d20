import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, axeViolations, describeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { type StaffSession, staffSession, transitionRound } from '../support/staff-api';
import { DEMO_PASSWORD, laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

/**
 * Issue 19, "each role's home": whoever logs in lands on their work. The researcher on what needs doing, the IKC
 * team on its latest published report with its plan, the municipality on the overview of its IKCs.
 */
describe.skipIf(missing !== undefined && !harnessEnv.ci)("each role's home page leads to its work", () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;
  let researcher: StaffSession;
  let roundId = '';
  const troubles: Troubles = { page: [], csp: [] };
  const checked: { state: string; violations: AxeViolation[] }[] = [];

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    researcher = await staffSession(server);
    const locations = await researcher.get<{ items: { id: string; name: string }[] }>('/api/locations');
    const noord = locations.items.find((l) => l.name === 'Locatie Noord');
    if (!noord) throw new Error('demo location Locatie Noord missing');
    const rounds = await researcher.get<{ items: { id: string }[] }>(`/api/rounds?locationId=${noord.id}`);
    roundId = rounds.items[0]?.id ?? '';
    await transitionRound(researcher, roundId, 'closed');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  /** Logs in as a demo user, checks the home with axe (CSP bypassed for its script only) and hands back the page. */
  async function home(email: string, heading: string | RegExp, ready: (p: Page) => Promise<unknown>) {
    const context = await browser.newContext({ ...laptop, bypassCSP: true });
    watch(context, troubles);
    const page = await context.newPage();
    await logInThroughForm(page, server.baseUrl, email, DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/app');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await ready(page);
    checked.push({ state: `home of ${email}`, violations: await axeViolations(page) });
    return page;
  }

  it('opens the researcher on the reports to publish, linked to the round’s report tab', async () => {
    const page = await home('onderzoeker@demo.driehoek.nl', 'Wat er te doen is', (p) =>
      p.getByRole('region', { name: /^Rapporten om te publiceren/ }).waitFor(),
    );
    const publish = page.getByRole('region', { name: /^Rapporten om te publiceren/ });
    const link = publish.getByRole('link', { name: /^Locatie Noord/ });
    expect(await link.getAttribute('href')).toBe(`/app/rondes/${roundId}/rapport`);
    await link.click();
    await page.waitForURL(`**/app/rondes/${roundId}/rapport`);
    // The monitor stays one click away.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Respons', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Responsmonitor' }).waitFor();
    await page.context().close();
  });

  it('opens the IKC team on its latest published report and the plan made from it', async () => {
    await researcher.post(`/api/reports/${roundId}/publish`, {});
    const team = await staffSession({ ...server, login: { email: 'ikc@demo.driehoek.nl', password: DEMO_PASSWORD } });
    const plan = await team.post<{ id: string; criteria: { criterion: string; level: number | null }[] }>(
      '/api/plans',
      { roundId },
    );
    const criterion = plan.criteria.find((c) => c.level !== null && c.level < 3)?.criterion ?? 'C7';
    await team.post(`/api/plans/${plan.id}/goals`, { criterion, ambition: 3 });

    const page = await home('ikc@demo.driehoek.nl', /^Rapport Locatie Noord/, (p) =>
      p.getByText(/^Gepubliceerd \(versie 1, /).waitFor(),
    );
    const planCard = page.getByRole('region', { name: 'Plan van aanpak' });
    expect(await planCard.textContent()).toContain('1 doel, 0 van 0 acties klaar');
    await planCard.getByRole('link', { name: 'Naar het plan van aanpak' }).click();
    await page.waitForURL(`**/app/rondes/${roundId}/plan`);
    await page.context().close();
  });

  it('opens the municipality on the overview of its IKCs', async () => {
    const page = await home('gemeente@demo.driehoek.nl', /^Overzicht /, (p) =>
      p.getByRole('region', { name: 'Niveaus per locatie' }).waitFor(),
    );
    await page.context().close();
  });

  it('has no WCAG 2.1 AA violations on the homes and raised no script errors', () => {
    expect(checked).toHaveLength(3);
    const failures = checked.filter((c) => c.violations.length > 0);
    expect(failures.map((c) => describeViolations(c.state, c.violations)).join('\n')).toBe('');
    expect(troubles.page).toEqual([]);
  });
});
