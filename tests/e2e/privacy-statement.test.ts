import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phonePage } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const CONTACT = 'privacy@demo-gemeente.nl';

// Issue 22.4: every questionnaire's landing page links the organisation's privacy statement, in the language the
// respondent chose; the organisation's own words appear as its researcher wrote them.
describe.skipIf(missing !== undefined && !harnessEnv.ci)('the privacy statement behind the landing page', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    browser = await launchChromium();
    // The demo researcher fills in the organisation's part, as on the organisation page.
    const login = await fetch(`${server.baseUrl}/api/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
      body: JSON.stringify(server.login),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const headers = { cookie, 'content-type': 'application/json', 'x-driehoek-csrf': '1' };
    const organisations = (await (await fetch(`${server.baseUrl}/api/organisations`, { headers })).json()) as {
      items: { id: string }[];
    };
    for (const { id } of organisations.items) {
      const saved = await fetch(`${server.baseUrl}/api/privacy/${id}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({
          controller: 'Gemeente Demo',
          contact: CONTACT,
          privacyOfficer: '',
          ownText: 'De uitkomsten bespreken wij alleen met het team van het kindcentrum.',
          textLocale: 'nl',
        }),
      });
      if (!saved.ok) throw new Error(`saving the statement: ${saved.status} ${await saved.text()}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  it('opens from the landing page, in Dutch and in the language the parent picked', async () => {
    const link = server.links.find((l) => l.audience === 'parents');
    if (!link) throw new Error(`no parents link in:\n${server.output()}`);
    const { page } = await phonePage(browser, server.baseUrl);
    await page.goto(link.url);
    await page.getByRole('link', { name: 'Privacyverklaring: wat er met uw antwoorden gebeurt' }).click();
    await expect.poll(() => page.url()).toMatch(/\/privacy\/[\w-]{22}\/nl$/);
    await page.getByRole('heading', { level: 1, name: 'Privacyverklaring' }).waitFor();
    expect(await page.getByText(CONTACT).isVisible()).toBe(true);
    expect(await page.getByText('Uw IP-adres.').isVisible()).toBe(true);

    await page.goto(link.url);
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('link', { name: 'Privacy statement: what happens to your answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy statement' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText('Your IP address.').isVisible()).toBe(true);
    // The organisation's own words stay as written, marked as Dutch.
    expect(await page.locator('bdi[lang="nl"]', { hasText: CONTACT }).count()).toBe(1);
    await page.close();
  });
});
