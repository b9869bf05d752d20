import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiErrorSchema, type SummaryStatus, SummaryStatusSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closePdfRenderer } from '../../platform/pdf';
import { program } from '../../test-support/programs';
import {
  HOSTILE_ANSWER,
  type ReportRounds,
  SMALL_GROUP_MARK,
  seedReportRounds,
} from '../../test-support/report-rounds';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

// The summaries for parents and children come from the publication in force only, at a public link that needs no
// login; a link ends when it is renewed or withdrawn, and shows "niet meer beschikbaar" while nothing is published.

const chromium = program('/usr/bin/chromium', 'chromium');
const pdfinfo = program('/usr/bin/pdfinfo', 'poppler-utils');
const LOCALES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
const STRENGTHS = 'Ouders voelen zich welkom aan de voordeur (samenvattingstest).';
const IMPROVEMENTS = 'Samen met ouders doelen stellen voor het kind (samenvattingstest).';

let db: Database;
let app: ReturnType<typeof testApp>;
let rounds: ReportRounds;
type Agent = Awaited<ReturnType<typeof staffAgent>>;
let researcher: Agent;
let team: Agent;
let municipality: Agent;
let outsider: Agent;
let admin: Agent;
const clock = testClock();

beforeAll(async () => {
  db = await openTestDatabase();
  rounds = await seedReportRounds(db.sql, loadInstruments(), clock.now());
  app = testApp(db, clock);
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: rounds.demoOrganisationId });
  team = await staffAgent(app, db.sql, 'ikc', { ikcId: rounds.demoIkcId });
  municipality = await staffAgent(app, db.sql, 'municipality', { organisationId: rounds.demoOrganisationId });
  outsider = await staffAgent(app, db.sql, 'researcher', { organisationId: rounds.smallOrganisationId });
  admin = await staffAgent(app, db.sql, 'admin');
  await ok(researcher.send('POST', `/api/rounds/${rounds.demoRoundId}/transition`, { to: 'closed' }));
  await ok(
    researcher.send('PUT', `/api/reports/${rounds.demoRoundId}/summary`, {
      strengths: STRENGTHS,
      improvements: IMPROVEMENTS,
      advice: '',
    }),
  );
}, 120_000);
afterAll(async () => {
  await closePdfRenderer();
  await db?.close();
});

async function ok(pending: Response | Promise<Response>): Promise<Response> {
  const res = await pending;
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res;
}

const statusAs = async (agent: Agent, roundId: string): Promise<SummaryStatus> =>
  SummaryStatusSchema.parse(await (await ok(agent.send('GET', `/api/summaries/${roundId}`))).json());

const linkOf = async (roundId: string) => {
  const status = await statusAs(admin, roundId);
  if (status.state !== 'published' || !status.link) throw new Error(`no summary link: ${JSON.stringify(status)}`);
  return new URL(status.link.url).pathname;
};

/** What a parent's phone gets: no cookie, a browser's Accept header. */
const visit = (path: string, headers: Record<string, string> = {}) =>
  app.request(path, { headers: { accept: 'text/html,application/xhtml+xml', ...headers } });

/** The words a reader sees: no styles, no pictures, no link address (its random id may hold digits). */
const visibleText = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<p class="url">[\s\S]*?<\/p>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&(amp|lt|gt|quot);/g, ' ')
    .replace(/\s+/g, ' ');

describe('the public summary of a published report', () => {
  it('gets a link at the first publication, readable without a session and with our security headers', async () => {
    expect(await statusAs(team, rounds.demoRoundId)).toEqual({ state: 'unpublished' });
    await ok(researcher.send('POST', `/api/reports/${rounds.demoRoundId}/publish`));
    const status = await statusAs(team, rounds.demoRoundId);
    expect(status).toMatchObject({ state: 'published', children: 'shown', workOn: 'report', canManageLink: false });
    if (status.state !== 'published') return;
    expect(status.link?.url).toMatch(/^http:\/\/localhost:8080\/samenvatting\/[A-Za-z0-9_-]{22}$/);
    expect(status.link?.childrenUrl).toBe(`${status.link?.url}/kinderen`);

    const res = await visit(`${await linkOf(rounds.demoRoundId)}/nl`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>\s*<html lang="nl" dir="ltr">/);
    expect(page).toContain('Samenvatting voor ouders');
    expect(page).toContain('Locatie Noord');
    expect(page).not.toMatch(/<script|<link |src="http|href="http/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('speaks every language, Arabic right to left, and picks the browser’s language at the bare link', async () => {
    const path = await linkOf(rounds.demoRoundId);
    for (const locale of LOCALES) {
      const page = await (await visit(`${path}/${locale}`)).text();
      expect(page).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
      for (const other of LOCALES) expect(page).toContain(`href="${path}/${other}"`);
    }
    const turkish = await visit(path, { 'accept-language': 'tr-TR,tr;q=0.9,en;q=0.5' });
    expect(await turkish.text()).toContain('<html lang="tr" dir="ltr">');
    expect(turkish.headers.get('vary')).toContain('Accept-Language');
    expect(turkish.headers.get('content-language')).toBe('tr');
  });

  it('gives the researcher’s own words in Dutch only, and no open answer in any language', async () => {
    const path = await linkOf(rounds.demoRoundId);
    const dutch = await (await visit(`${path}/nl`)).text();
    expect(dutch).toContain(STRENGTHS);
    expect(dutch).toContain(IMPROVEMENTS);
    for (const locale of LOCALES) {
      const page = await (await visit(`${path}/${locale}`)).text();
      if (locale !== 'nl') expect(page).not.toContain('samenvattingstest');
      expect(page).not.toContain('alert(');
      expect(page).not.toContain('De juf [naam]');
      expect(page).not.toContain('origineel antwoord');
    }
    const children = await (await visit(`${path}/kinderen`)).text();
    expect(children).not.toContain(HOSTILE_ANSWER.slice(0, 20));
    expect(children).not.toContain('samenvattingstest');
  });

  it('shows the children’s summary in Dutch with pictures, and a read-aloud button that needs a script from us', async () => {
    const path = await linkOf(rounds.demoRoundId);
    const res = await visit(`${path}/kinderen`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="nl" dir="ltr">');
    expect(page).toContain('Jullie zeiden…');
    expect(page).toContain('Wat we gaan doen…');
    expect(page).toMatch(/<svg viewBox="0 0 48 48"[^>]*aria-hidden="true"/);
    expect(page).toContain('<script src="/samenvatting/voorlezen.js" defer></script>');
    expect(page).toMatch(/<button type="button" id="read-aloud" hidden/);
    const script = await app.request('/samenvatting/voorlezen.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('speechSynthesis');
  });

  it('shows no figure of a small group and nothing only four professionals wrote, in any language', async () => {
    await ok(
      outsider.send('PUT', `/api/reports/${rounds.smallRoundId}/summary`, {
        strengths: 'Welkom.',
        improvements: '',
        advice: '',
      }),
    );
    await ok(outsider.send('POST', `/api/reports/${rounds.smallRoundId}/publish`));
    const status = await statusAs(outsider, rounds.smallRoundId);
    expect(status).toMatchObject({ state: 'published', children: 'none' });
    const path = await linkOf(rounds.smallRoundId);
    for (const page of [...LOCALES.map((l) => `${path}/${l}`), `${path}/kinderen`]) {
      const html = await (await visit(page)).text();
      expect(html, page).not.toContain(SMALL_GROUP_MARK);
      // 30 parents of 60 families: "30" and "5 in 10"; the rest are the publication's date (23 November 2026).
      const numbers = new Set(visibleText(html).match(/\d+/g) ?? []);
      for (const n of numbers)
        expect(
          ['30', '5', '10', '23', '2026'],
          `${page}: ${n} in ${visibleText(html).match(new RegExp(`.{40}\\b${n}\\b.{20}`))}`,
        ).toContain(n);
      expect(numbers.has('4'), page).toBe(false);
    }
  });

  it('answers an unknown link with 404, as a page for a browser and as the error body otherwise', async () => {
    const page = await visit('/samenvatting/AAAAAAAAAAAAAAAAAAAAAA');
    expect(page.status).toBe(404);
    const text = await page.text();
    expect(text).toContain('Deze link kennen we niet.');
    expect(text).toContain('<section lang="ar" dir="rtl">');
    const api = await app.request('/samenvatting/niet-eens-een-id/nl');
    expect(api.status).toBe(404);
    expect(ApiErrorSchema.parse(await api.json()).error.code).toBe('link_unknown');
    expect((await visit(`${await linkOf(rounds.demoRoundId)}/de`)).status).toBe(404);
  });
});

describe('the link over its life', () => {
  it('lets only researchers renew it; the old address is gone (410) at once and the new one works', async () => {
    const before = await linkOf(rounds.demoRoundId);
    expect((await team.send('POST', `/api/summaries/${rounds.demoRoundId}/link`)).status).toBe(403);
    expect((await municipality.send('POST', `/api/summaries/${rounds.demoRoundId}/link`)).status).toBe(403);
    const renewed = SummaryStatusSchema.parse(
      await (await ok(researcher.send('POST', `/api/summaries/${rounds.demoRoundId}/link`))).json(),
    );
    const after = renewed.state === 'published' ? new URL(renewed.link?.url ?? '').pathname : '';
    expect(after).not.toBe(before);
    const gone = await visit(`${before}/nl`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Deze samenvatting is niet meer beschikbaar.');
    expect((await visit(`${before}/kinderen`)).status).toBe(410);
    const api = await app.request(before);
    expect(api.status).toBe(410);
    expect(ApiErrorSchema.parse(await api.json()).error.code).toBe('link_closed');
    expect((await visit(`${after}/ar`)).status).toBe(200);
  });

  it('says "niet meer beschikbaar" everywhere after a retraction, and shows the new version at the same link', async () => {
    const path = await linkOf(rounds.demoRoundId);
    await ok(
      researcher.send('POST', `/api/reports/${rounds.demoRoundId}/retract`, {
        reason: 'Een late beoordeling verandert het rapport (samenvattingstest).',
      }),
    );
    for (const page of [path, ...LOCALES.map((l) => `${path}/${l}`), `${path}/kinderen`]) {
      const res = await visit(page);
      expect(res.status, page).toBe(410);
      const text = await res.text();
      expect(text).toContain('niet meer beschikbaar');
      expect(text).not.toContain('Locatie Noord');
      expect(text).not.toContain(STRENGTHS);
    }
    expect(await statusAs(team, rounds.demoRoundId)).toEqual({ state: 'unpublished' });
    expect((await team.send('GET', `/api/summaries/${rounds.demoRoundId}/parents/nl`)).status).toBe(404);

    const newer = 'Ouders en team praten als gelijken (tweede publicatie).';
    await ok(
      researcher.send('PUT', `/api/reports/${rounds.demoRoundId}/summary`, {
        strengths: newer,
        improvements: '',
        advice: '',
      }),
    );
    await ok(researcher.send('POST', `/api/reports/${rounds.demoRoundId}/publish`));
    expect(await linkOf(rounds.demoRoundId)).toBe(path);
    const page = await (await visit(`${path}/nl`)).text();
    expect(page).toContain(newer);
    expect(page).not.toContain(STRENGTHS);
  });

  it('can be withdrawn: the address is gone, and a new publication does not bring a link back', async () => {
    const path = await linkOf(rounds.demoRoundId);
    const withdrawn = SummaryStatusSchema.parse(
      await (await ok(researcher.send('DELETE', `/api/summaries/${rounds.demoRoundId}/link`))).json(),
    );
    expect(withdrawn).toMatchObject({ state: 'published', link: null });
    expect((await visit(path)).status).toBe(410);
    expect((await team.send('GET', `/api/summaries/${rounds.demoRoundId}/qr.svg`)).status).toBe(404);
    // Staff still preview the summaries without a link.
    expect((await team.send('GET', `/api/summaries/${rounds.demoRoundId}/parents/uk`)).status).toBe(200);
    await ok(researcher.send('POST', `/api/summaries/${rounds.demoRoundId}/link`));
    expect(await linkOf(rounds.demoRoundId)).not.toBe(path);
  });
});

describe('the staff side', () => {
  it('keeps every summary endpoint to the round’s scope', async () => {
    const paths = [
      '',
      '/parents/nl',
      '/children',
      '/qr.svg',
      '/qr.png',
      ...(chromium.present ? ['/parents/ar/pdf', '/children/pdf'] : []),
    ].map((p) => `/api/summaries/${rounds.demoRoundId}${p}`);
    for (const path of paths) {
      expect((await app.request(path)).status, path).toBe(401);
      expect((await outsider.send('GET', path)).status, path).toBe(404);
      for (const agent of [team, municipality, researcher, admin])
        expect((await agent.send('GET', path)).status, path).toBe(200);
    }
    expect((await outsider.send('POST', `/api/summaries/${rounds.demoRoundId}/link`)).status).toBe(404);
    expect((await outsider.send('DELETE', `/api/summaries/${rounds.demoRoundId}/link`)).status).toBe(404);
    expect((await team.send('DELETE', `/api/summaries/${rounds.demoRoundId}/link`)).status).toBe(403);
  });

  it('previews a language with its QR code and links between the previews, never the public page’s', async () => {
    const page = await (await ok(team.send('GET', `/api/summaries/${rounds.demoRoundId}/parents/pl`))).text();
    expect(page).toContain('<html lang="pl" dir="ltr">');
    expect(page).toContain(`href="/api/summaries/${rounds.demoRoundId}/parents/ar"`);
    expect(page).toMatch(/<div class="qr" role="img" aria-label="Kod QR tego podsumowania"><svg/);
    expect(page).toMatch(/\/samenvatting\/[A-Za-z0-9_-]{22}\/pl</);
  });
});

describe.skipIf(chromium.skip || pdfinfo.skip)('the printed summaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-summaries-'));
  const pdfInfo = async (agent: Agent, path: string) => {
    chromium.require();
    pdfinfo.require();
    const res = await ok(agent.send('GET', path));
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
    const info = execFileSync(pdfinfo.path, [file], { encoding: 'utf8' });
    // Chromium rounds the page to whole CSS pixels: within two points of the paper size is that paper.
    const [width = 0, height = 0] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    const paper =
      Math.abs(width - 595) < 2 && Math.abs(height - 842) < 2
        ? 'A4 portrait'
        : Math.abs(width - 1191) < 2 && Math.abs(height - 842) < 2
          ? 'A3 landscape'
          : `${width} x ${height}`;
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), paper };
  };

  it('prints the parents’ letter on one A4 page in Dutch and in Arabic', async () => {
    for (const locale of ['nl', 'ar'] as const)
      expect(await pdfInfo(team, `/api/summaries/${rounds.demoRoundId}/parents/${locale}/pdf`)).toEqual({
        pages: 1,
        paper: 'A4 portrait',
      });
  }, 60_000);

  it('prints the children’s poster on one A3 landscape page', async () => {
    expect(await pdfInfo(team, `/api/summaries/${rounds.demoRoundId}/children/pdf`)).toEqual({
      pages: 1,
      paper: 'A3 landscape',
    });
  }, 60_000);

  it('keeps the letter to one page with the longest words the researcher and the team may write', async () => {
    const long = (word: string, max = 4000) => `${word} `.repeat(Math.floor(max / (word.length + 1))).trim();
    await ok(
      outsider.send('PUT', `/api/reports/${rounds.smallRoundId}/summary`, {
        strengths: long('sterk'),
        improvements: long('verbeteren'),
        advice: '',
      }),
    );
    await ok(outsider.send('POST', `/api/reports/${rounds.smallRoundId}/publish`));
    expect((await pdfInfo(outsider, `/api/summaries/${rounds.smallRoundId}/parents/nl/pdf`)).pages).toBe(1);
    const plan = (await (await ok(outsider.send('POST', '/api/plans', { roundId: rounds.smallRoundId }))).json()) as {
      id: string;
    };
    for (const criterion of ['C1', 'C2', 'C5', 'C7', 'C9', 'C10'])
      await ok(
        outsider.send('POST', `/api/plans/${plan.id}/goals`, { criterion, ambition: 3, goal: long('doel', 2000) }),
      );
    expect((await statusAs(outsider, rounds.smallRoundId)).state === 'published').toBe(true);
    for (const locale of ['nl', 'uk'] as const)
      expect((await pdfInfo(outsider, `/api/summaries/${rounds.smallRoundId}/parents/${locale}/pdf`)).pages).toBe(1);
  }, 90_000);
});
