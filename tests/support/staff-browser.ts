import type { BrowserContext, Page } from 'playwright-core';

/** Staff work on a laptop, in Dutch. */
export const laptop = { viewport: { width: 1280, height: 800 }, locale: 'nl-NL' };

/** Every demo user's password (server/src/seed/demo.ts). */
export const DEMO_PASSWORD = 'demo-driehoek';

/** Errors a page raised and CSP refusals it logged: tests expect none. */
export type Troubles = { page: string[]; csp: string[] };

/** Records page errors and CSP refusals of every page the context opens. */
export function watch(context: BrowserContext, troubles: Troubles) {
  context.on('page', (page) => {
    page.on('pageerror', (e) => troubles.page.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) troubles.csp.push(`${page.url()}: ${m.text()}`);
    });
  });
}

/** Logs in through the staff login form and waits for the main menu. */
export async function logInThroughForm(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/app`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}
