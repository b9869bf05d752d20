import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { chromiumMissing, harnessEnv } from '../support/env';
import { type DatabaseTarget, freshDatabase, type ServerProcess, startServer } from '../support/server-process';
import { type StaffSession, staffSession } from '../support/staff-api';
import { laptop, logInThroughForm, type Troubles, watch } from '../support/staff-browser';

const missing = chromiumMissing();
if (missing && !harnessEnv.ci) console.warn(missing);

const LOCATION = 'Locatie Zuid';

type MonitorRow = { linkId: string; roundId: string; audience: string; complete: number | null; roundStatus: string };

/** Our CSV dialect (semicolons, double-quoted cells with "" inside, CRLF between rows) as rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe.skipIf(missing !== undefined && !harnessEnv.ci)(
  'a researcher downloads a round’s raw data and closes the round',
  () => {
    let db: DatabaseTarget;
    let server: ServerProcess;
    let browser: Browser;
    let staff: BrowserContext;
    let page: Page;
    let researcher: StaffSession;
    let roundId = '';
    let parentsUrl = '';
    const troubles: Troubles = { page: [], csp: [] };

    const monitorRows = async () =>
      (await researcher.get<{ rows: MonitorRow[] }>('/api/monitor')).rows.filter((r) => r.roundId === roundId);

    beforeAll(async () => {
      if (missing) throw new Error(missing);
      db = await freshDatabase();
      server = await startServer(db);
      researcher = await staffSession(server);
      const link = server.links.find((l) => l.location === LOCATION && l.audience === 'parents');
      if (!link) throw new Error(`no parents link of ${LOCATION} in:\n${server.output()}`);
      parentsUrl = link.url;
      const monitor = await researcher.get<{ rows: MonitorRow[] }>('/api/monitor');
      roundId = monitor.rows.find((r) => r.linkId === link.linkId)?.roundId ?? '';
      expect(roundId).not.toBe('');

      browser = await launchChromium();
      staff = await browser.newContext({ ...laptop, acceptDownloads: true });
      watch(staff, troubles);
      page = await staff.newPage();
      await logInThroughForm(page, server.baseUrl, 'onderzoeker@demo.driehoek.nl');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await db?.dispose();
    });

    const download = async (name: string): Promise<{ file: Download; bytes: Buffer }> => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      return { file, bytes: await readFile(await file.path()) };
    };

    it('downloads the answers as a CSV with a header and a row per complete response, and as an Excel file', async () => {
      await page.goto(`${server.baseUrl}/app/rondes/${roundId}/rapport`);
      await page.getByRole('heading', { level: 2, name: 'Ruwe gegevens' }).waitFor();

      const csv = await download('Antwoorden (CSV)');
      expect(csv.file.suggestedFilename()).toMatch(/\.csv$/);
      // Excel needs the UTF-8 byte-order mark to read the accents.
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(csv.bytes.subarray(3).toString('utf8'));
      expect(header?.slice(0, 6)).toEqual(['respondent', 'audience', 'instrument', 'version', 'locale', 'date']);
      expect(header?.length).toBeGreaterThan(20);
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((r) => r.length !== header?.length)).toEqual([]);
      expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => String(i + 1)));
      // Each audience in the file has as many rows as the monitor counts complete responses (a group too small to
      // show is left out of the file altogether).
      const perAudience = new Map<string, number>();
      for (const r of rows) perAudience.set(r[1] ?? '', (perAudience.get(r[1] ?? '') ?? 0) + 1);
      expect([...perAudience.keys()]).toContain('parents');
      const counted = await monitorRows();
      for (const [audience, n] of perAudience)
        expect(n, audience).toBe(counted.find((r) => r.audience === audience)?.complete);

      const xlsx = await download('Antwoorden (Excel)');
      expect(xlsx.file.suggestedFilename()).toMatch(/\.xlsx$/);
      // An XLSX is a zip whose entry names are stored as plain text: a workbook with worksheets.
      expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const entries = xlsx.bytes.toString('latin1');
      expect(entries).toContain('xl/workbook.xml');
      expect(entries).toContain('xl/worksheets/sheet1.xml');
      expect(xlsx.bytes.length).toBeGreaterThan(5000);
    });

    it('closes the round: the status changes on screen, in the API and for a new parent', async () => {
      await page.goto(`${server.baseUrl}/app/rondes/${roundId}`);
      const status = page.locator('.status');
      await expect.poll(() => status.textContent()).toBe('Open');

      await page.getByRole('button', { name: 'Ronde sluiten' }).click();
      await page.getByRole('button', { name: 'Ja, ronde sluiten' }).click();
      await page.locator('.status--closed').waitFor();
      expect(await status.textContent()).toBe('Gesloten');
      expect(await page.getByRole('button', { name: 'Ronde heropenen' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Ronde sluiten' }).count()).toBe(0);

      expect((await researcher.get<{ status: string }>(`/api/rounds/${roundId}`)).status).toBe('closed');
      const rows = await monitorRows();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.roundStatus)).toEqual(rows.map(() => 'closed'));

      await page.reload();
      await page.locator('.status--closed').waitFor();
      expect(await page.locator('.status').textContent()).toBe('Gesloten');

      // A parent who had not started cannot start any more.
      const parent = await browser.newContext(laptop);
      const respondent = await parent.newPage();
      await respondent.goto(parentsUrl);
      await respondent.getByRole('heading', { level: 1, name: 'Deze vragenlijst is gesloten' }).waitFor();
      expect(await respondent.getByRole('button', { name: 'Beginnen' }).count()).toBe(0);
      await parent.close();
    });

    it('raised no script errors and no CSP refusals', () => {
      expect(troubles.page).toEqual([]);
      expect(troubles.csp).toEqual([]);
    });
  },
);
