import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestions, launchChromium, phonePage } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { inspectDatabase } from '../support/inspect-database';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

describe.skipIf(missing !== undefined && !harnessEnv.ci)('a parent answers the demo questionnaire on a phone', () => {
  let db: DatabaseTarget;
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    db = await freshDatabase();
    server = await startServer(db);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.dispose();
  });

  it('keeps answers across a reload, submits once, and stores one complete response', async () => {
    const link = server.links.find((l) => l.audience === 'parents');
    if (!link) throw new Error(`no parents link in:\n${server.output()}`);
    const { page, foreign } = await phonePage(browser, server.baseUrl);
    const before = await countResponses(link.linkId);

    await page.goto(link.url);
    await page.getByRole('button', { name: 'Beginnen' }).click();
    const next = page.getByRole('button', { name: 'Volgende' });
    const submit = page.getByRole('button', { name: 'Verzenden' });

    // The first pages may only introduce the questionnaire: go on until a page has questions to answer.
    let answeredValue: string | null = null;
    for (let guard = 0; guard < 10 && answeredValue === null; guard++) {
      await next.waitFor();
      if ((await answerVisibleQuestions(page)) > 0) {
        answeredValue = await page.locator('input[type=radio]:checked').first().getAttribute('value');
      }
      await next.click();
    }
    expect(answeredValue).not.toBeNull();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Opgeslagen/);

    await page.reload();
    await page.getByRole('button', { name: 'Vorige' }).click();
    expect(await page.locator('input[type=radio]:checked').first().getAttribute('value')).toBe(answeredValue);

    for (let guard = 0; guard < 40; guard++) {
      await answerVisibleQuestions(page);
      if (await submit.isVisible()) {
        await submit.click();
        break;
      }
      await next.click();
    }
    await page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    expect(foreign).toEqual([]);

    await server.stop();
    const after = await inspectDatabase(
      db,
      (sql) =>
        sql<{ status: string; n: number }[]>`
        select status, count(*)::int as n from responses where link_id = ${link.linkId} group by status`,
    );
    const complete = (rows: { status: string; n: number }[]) => rows.find((r) => r.status === 'complete')?.n ?? 0;
    expect(complete(after)).toBe(complete(before) + 1);
    server = await startServer(db);
  });

  async function countResponses(linkId: string) {
    // While the server runs, the embedded database is its own; count through the staff API instead.
    const login = await fetch(`${server.baseUrl}/api/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
      body: JSON.stringify(server.login),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const monitor = (await (await fetch(`${server.baseUrl}/api/monitor`, { headers: { cookie } })).json()) as {
      rows: { linkId: string; complete: number; partial: number }[];
    };
    const row = monitor.rows.find((r) => r.linkId === linkId);
    return [
      { status: 'complete', n: row?.complete ?? 0 },
      { status: 'partial', n: row?.partial ?? 0 },
    ];
  }
});
