import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocationReportSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closePdfRenderer } from '../../platform/pdf';
import { errorOf } from '../../test-support/http';
import { program } from '../../test-support/programs';
import {
  HOSTILE_ANSWER,
  type ReportRounds,
  SMALL_GROUP_MARK,
  seedReportRounds,
} from '../../test-support/report-rounds';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;
let rounds: ReportRounds;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let ikcUser: Awaited<ReturnType<typeof staffAgent>>;
let outsider: Awaited<ReturnType<typeof staffAgent>>;
let admin: Awaited<ReturnType<typeof staffAgent>>;
const clock = testClock();
// Looked up here, not through the server's pdfAvailable(): the tests check that function's answer.
const chromium = program('/usr/bin/chromium', 'chromium');
const pdftoppm = program('/usr/bin/pdftoppm', 'poppler-utils');

beforeAll(async () => {
  db = await openTestDatabase();
  rounds = await seedReportRounds(db.sql, loadInstruments(), clock.now());
  app = testApp(db, clock);
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: rounds.demoOrganisationId });
  ikcUser = await staffAgent(app, db.sql, 'ikc', { ikcId: rounds.demoIkcId });
  outsider = await staffAgent(app, db.sql, 'researcher', { organisationId: rounds.smallOrganisationId });
  admin = await staffAgent(app, db.sql, 'admin');
});
afterAll(async () => {
  await closePdfRenderer();
  await db?.close();
});

const reportOf = async (roundId: string) => {
  const res = await admin.send('GET', `/api/reports/${roundId}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { report: unknown; round: { id: string }; comparison: unknown };
  return { ...body, report: LocationReportSchema.parse(body.report) };
};

describe('the report of a round', () => {
  it('gives the demo round a level for every criterion, with a reason in Dutch', async () => {
    const { report, round } = await reportOf(rounds.demoRoundId);
    expect(round.id).toBe(rounds.demoRoundId);
    expect(report.overall).toHaveLength(10);
    for (const o of report.overall) {
      expect(o.level).not.toBeNull();
      expect(o.explanation.sentence).toMatch(/^[123]\.0: /);
    }
    expect(report.mysteryGuest.touchpoints.length).toBeGreaterThan(0);
  });

  it('shows nothing of a perspective with four respondents in the JSON', async () => {
    const { report } = await reportOf(rounds.smallRoundId);
    const professionals = report.criteria.filter((c) => c.perspective === 'professionals');
    expect(professionals.length).toBeGreaterThan(0);
    expect(professionals.every((c) => c.suppressed)).toBe(true);
    expect(report.respondents.byPerspective.find((r) => r.perspective === 'professionals')).toEqual({
      suppressed: true,
      perspective: 'professionals',
    });
    expect(report.respondents.total).toEqual({ suppressed: true });
    const professionalItems = report.items.filter((i) => i.perspective === 'professionals');
    expect(professionalItems.length).toBeGreaterThan(0);
    expect(professionalItems.every((i) => i.suppressed)).toBe(true);
    expect(JSON.stringify(report)).not.toContain(SMALL_GROUP_MARK);
  });

  it('shows nothing of a perspective with four respondents in the HTML, and says why without a number', async () => {
    const res = await researcher.send('GET', `/api/reports/${rounds.smallRoundId}/html`);
    expect(res.status).toBe(404); // another organisation's round
    const page = await (await admin.send('GET', `/api/reports/${rounds.smallRoundId}/html`)).text();
    expect(page).toContain('te weinig respondenten om te tonen (minder dan 5)');
    expect(page).not.toContain(SMALL_GROUP_MARK);
    expect(page).not.toMatch(/<th scope="row">Professionals<\/th>\s*<td><span class="level/);
    expect(page).not.toMatch(/Professionals<\/strong>: gemiddeld/);
    expect(page).not.toMatch(/\b4 (respondenten|volledig)/);
  });

  it('renders one Dutch HTML document with every section and no script at all', async () => {
    const res = await researcher.send('GET', `/api/reports/${rounds.demoRoundId}/html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>\s*<html lang="nl">/);
    for (const heading of [
      'Samenvatting: de tien criteria',
      'Sterke punten en verbeterpunten',
      'C5 Gelijkwaardige gesprekken',
      'Waarom dit niveau',
      'Wat hoort bij elk niveau',
      'Kernwaarden',
      'Basisvormen',
      'Competenties van medewerkers',
      'Mystery guest',
      'Wat respondenten zelf schreven',
      'Respons en betrouwbaarheid',
      'Basisvormen in de praktijk',
      'Wat ouders nodig hebben',
      'Wie we hoorden',
      'Taal waarin de vragenlijst is ingevuld',
    ])
      expect(page).toContain(heading);
    expect(page).toMatch(/Niveau [123]\.0 — (eenrichtingsverkeer|tweerichtingsverkeer|samenwerking)/);
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("says who we heard, the basic forms beside the parents' experience and what parents need", async () => {
    const { report } = await reportOf(rounds.demoRoundId);
    const language = report.reach?.questions.find((q) => q.concept === 'parents.bg.home-language');
    expect(language?.groups.map((g) => g.value)).toEqual(['dutch', 'mixed', 'other', '']);
    expect(report.basicForms?.forms.map((f) => f.form)).toEqual([
      'start-conversation',
      'communication-plan',
      'reception',
      'buddies',
    ]);
    expect(report.needs?.items.length).toBeGreaterThan(0);
    // Every shown group is at least the minimum, or empty; what is hidden together is at least the minimum too.
    for (const q of report.reach?.questions ?? []) {
      const shown = q.groups.flatMap((g) => (g.suppressed ? [] : [g.count]));
      expect(shown.every((n) => n === 0 || n >= 5)).toBe(true);
    }
  });

  it('hides the basic forms of four professionals and shows the language of thirty parents', async () => {
    const { report } = await reportOf(rounds.smallRoundId);
    expect(report.basicForms?.forms.every((f) => f.professionals?.suppressed !== false)).toBe(true);
    const locale = report.reach?.questions.find((q) => q.concept === 'response.locale');
    expect(locale?.groups.find((g) => g.value === 'nl')).toMatchObject({ suppressed: false, count: 30, share: 1 });
  });

  it('keeps a hostile approved open answer inert, shows the redacted text and leaves hidden answers out', async () => {
    const page = await (await researcher.send('GET', `/api/reports/${rounds.demoRoundId}/html`)).text();
    expect(page).not.toContain(HOSTILE_ANSWER);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('=1+1 De juf [naam] neemt echt de tijd.');
    expect(page).not.toContain('origineel antwoord');
  });

  it('lets an IKC user read the report of its own IKC', async () => {
    expect((await ikcUser.send('GET', `/api/reports/${rounds.demoRoundId}`)).status).toBe(200);
    expect((await ikcUser.send('GET', `/api/reports/${rounds.demoRoundId}/html`)).status).toBe(200);
  });

  it('answers 404 to a user whose scope does not reach the round, and 401 without a session', async () => {
    for (const path of ['', '/html', '/pdf', '/pdf-available']) {
      const res = await outsider.send('GET', `/api/reports/${rounds.demoRoundId}${path}`);
      expect(res.status, path).toBe(404);
    }
    expect((await app.request(`/api/reports/${rounds.demoRoundId}`)).status).toBe(401);
  });

  it.skipIf(chromium.skip)('says a PDF can be made when Chromium is installed at /usr/bin/chromium', async () => {
    chromium.require();
    const res = await researcher.send('GET', `/api/reports/${rounds.demoRoundId}/pdf-available`);
    expect(await res.json()).toEqual({ available: true });
  });

  it('answers 503 with a way out when Chromium is missing', async () => {
    const noChromium = testApp(db, clock, { chromiumPath: '/nonexistent/chromium' });
    const agent = await staffAgent(noChromium, db.sql, 'admin');
    expect(await (await agent.send('GET', `/api/reports/${rounds.demoRoundId}/pdf-available`)).json()).toEqual({
      available: false,
    });
    const res = await agent.send('GET', `/api/reports/${rounds.demoRoundId}/pdf`);
    expect(res.status).toBe(503);
    expect(await errorOf(res)).toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('Afdrukken → Opslaan als PDF'),
    });
  });

  it.skipIf(chromium.skip || pdftoppm.skip)(
    'prints the same report to a PDF of several A4 pages (needs Chromium and pdftoppm; CI installs both)',
    async () => {
      chromium.require();
      pdftoppm.require();
      const res = await researcher.send('GET', `/api/reports/${rounds.demoRoundId}/pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThan(10);
      // A PDF reader turns the first two pages into images: the file is a PDF, not only its first bytes.
      const dir = mkdtempSync(join(tmpdir(), 'rapport-'));
      writeFileSync(join(dir, 'rapport.pdf'), pdf);
      execFileSync(pdftoppm.path, ['-r', '40', '-png', '-f', '1', '-l', '2', join(dir, 'rapport.pdf'), join(dir, 'p')]);
      expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    },
  );
});
