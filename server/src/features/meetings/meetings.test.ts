import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AgreementsSchema,
  AgreementsViewSchema,
  MeetingDeckSchema,
  PlanSchema,
  PRIORITY_QUESTION,
} from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { DEFAULT_CHROMIUM_PATH, pdfAvailable } from '../../platform/pdf';
import { seedDemo } from '../../seed/demo';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';

// The feedback meeting (issue 18.1) from the demo's published report: its slides as JSON, PPTX and PDF, for the
// research team and the location's IKC team only, and the agreements the plan of action starts from.
const STRENGTHS = 'Ouders voelen zich welkom bij de voordeur (publicatie).';
const LATER = 'Na de publicatie gewijzigd: dit mag niemand in de terugkoppeling zien.';

let db: Database;
let app: ReturnType<typeof testApp>;
let roundId = '';
let zuidRoundId = '';
type Agent = Awaited<ReturnType<typeof staffAgent>>;
let researcher: Agent;
let team: Agent;
let municipality: Agent;
let stranger: Agent;
const dir = mkdtempSync(join(tmpdir(), 'driehoek-meetings-'));

beforeAll(async () => {
  db = await openTestDatabase();
  const clock = testClock('2026-11-23T11:00:00Z');
  app = testApp(db, clock);
  await seedDemo(db.sql, loadInstruments(), clock.now());
  const rows = await db.sql<{ id: string; location: string; ikcId: string; organisationId: string }[]>`
    select r.id, loc.name as location, loc.ikc_id as "ikcId", i.organisation_id as "organisationId"
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id`;
  const noord = rows.find((r) => r.location === 'Locatie Noord');
  const zuid = rows.find((r) => r.location === 'Locatie Zuid');
  if (!noord || !zuid) throw new Error('demo seed without its two locations');
  roundId = noord.id;
  zuidRoundId = zuid.id;
  await db.sql`update rounds set status = 'closed'`;
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: noord.organisationId });
  team = await staffAgent(app, db.sql, 'ikc', { ikcId: noord.ikcId });
  municipality = await staffAgent(app, db.sql, 'municipality', { organisationId: noord.organisationId });
  const otherOrg = await insertOrganisation(db.sql, { name: 'Gemeente Elders', kind: 'municipality' });
  await insertIkc(db.sql, { organisationId: otherOrg, name: 'IKC Elders' });
  stranger = await staffAgent(app, db.sql, 'researcher', { organisationId: otherOrg });
}, 120_000);
afterAll(() => db?.close());

const agreements = { metOn: '2026-12-10', priorities: ['C7', 'C2'], note: 'Eerst het open dossier.' };

describe('before the report is published', () => {
  it('answers 409 with a Dutch reason for the slides, the downloads and the agreements', async () => {
    for (const path of ['', '/deck.pptx', '/deck.pdf']) {
      const res = await team.send('GET', `/api/meetings/${roundId}${path}`);
      expect(res.status, path).toBe(409);
      expect((await errorOf(res)).message).toMatch(/nog niet gepubliceerd/);
    }
    const put = await researcher.send('PUT', `/api/meetings/${roundId}/agreements`, agreements);
    expect(put.status).toBe(409);
    const read = await bodyOf(await team.send('GET', `/api/meetings/${roundId}/agreements`), AgreementsViewSchema);
    expect(read.agreements).toBeNull();
  });
});

describe('the slides of a published report', () => {
  beforeAll(async () => {
    const summary = { strengths: STRENGTHS, improvements: 'Betrek ouders bij het beleid.', advice: '' };
    expect((await researcher.send('PUT', `/api/reports/${roundId}/summary`, summary)).status).toBe(200);
    const published = await researcher.send('POST', `/api/reports/${roundId}/publish`);
    expect(published.status, await published.clone().text()).toBe(200);
    // The draft moves on after publication; the meeting must keep showing what was published.
    const later = { strengths: LATER, improvements: '', advice: '' };
    expect((await researcher.send('PUT', `/api/reports/${roundId}/summary`, later)).status).toBe(200);
  }, 60_000);

  it('gives the IKC team ten slides in the team’s words from the publication, not the draft', async () => {
    const { deck, pictures } = await bodyOf(await team.send('GET', `/api/meetings/${roundId}`), MeetingDeckSchema);
    expect(deck.slides).toHaveLength(10);
    expect(deck.slides[0]?.title).toBe('Ouderbetrokkenheid bij Locatie Noord');
    const text = JSON.stringify(deck);
    expect(text).toContain(STRENGTHS);
    expect(text).not.toContain(LATER);
    const strengths = deck.slides.find((s) => s.key === 'strengths');
    expect(strengths?.blocks.flatMap((b) => (b.type === 'points' ? b.points : []))).toHaveLength(3);
    const questions = deck.slides.find((s) => s.key === 'questions');
    expect(JSON.stringify(questions)).toContain(PRIORITY_QUESTION);
    expect(deck.slides.every((s) => s.notes.length > 0)).toBe(true);
    // No statistics of a researcher: no intervals, alphas or n= on a slide.
    const words = JSON.stringify(deck.slides.map((s) => s.blocks.filter((b) => b.type !== 'triangle')));
    expect(words.match(/.{40}(alpha|interval|n=\d|\d\.\d\d).{40}/)?.[0] ?? null).toBeNull();
    expect(pictures.triangle).toMatch(/^<svg [^>]*viewBox="0 0 1200 620"/);
    expect(pictures.triangle).toContain('C1 Gedeelde visie');
    expect(pictures.triangle).not.toMatch(/<script|href=/);
  });

  it('lets researchers and the location’s IKC team in, and nobody else', async () => {
    expect((await researcher.send('GET', `/api/meetings/${roundId}`)).status).toBe(200);
    expect((await municipality.send('GET', `/api/meetings/${roundId}`)).status).toBe(403);
    expect((await stranger.send('GET', `/api/meetings/${roundId}`)).status).toBe(404);
    expect((await stranger.send('GET', `/api/meetings/${roundId}/deck.pptx`)).status).toBe(404);
    expect((await app.request(`/api/meetings/${roundId}`)).status).toBe(401);
    expect((await team.send('GET', `/api/meetings/${zuidRoundId}`)).status).toBe(409);
  });

  it('downloads a PPTX with one slide per deck slide, Dutch text and presenter notes', async () => {
    const res = await team.send('GET', `/api/meetings/${roundId}/deck.pptx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(res.headers.get('content-disposition')).toContain('terugkoppeling-locatie-noord-versie-1.pptx');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    const file = join(dir, 'deck.pptx');
    writeFileSync(file, bytes);
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    expect(entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e))).toHaveLength(10);
    expect(entries.filter((e) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e))).toHaveLength(10);
    const slide = (n: number) => execFileSync('unzip', ['-p', file, `ppt/slides/slide${n}.xml`], { encoding: 'utf8' });
    expect(slide(1)).toContain('Ouderbetrokkenheid bij Locatie Noord');
    expect(slide(2)).toContain('Tweerichtingsverkeer');
    expect(slide(3)).toContain('Gedeelde visie');
    expect(slide(9)).toContain('Ouders voelen zich welkom bij de voordeur');
    // Every shape lies on its 16:9 slide (13.333 × 7.5 inch in EMU).
    for (let n = 1; n <= 10; n++) {
      const boxes = [...slide(n).matchAll(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)];
      expect(boxes.length, `slide ${n}`).toBeGreaterThan(0);
      const outside = boxes.filter(
        ([, x, y, cx, cy]) => Number(x) + Number(cx) > 12_192_000 || Number(y) + Number(cy) > 6_858_000,
      );
      expect(
        outside.map((b) => b[0]),
        `slide ${n}`,
      ).toEqual([]);
    }
    const notes = execFileSync('unzip', ['-p', file, 'ppt/notesSlides/notesSlide1.xml'], { encoding: 'utf8' });
    expect(notes).toContain('prioriteiten kiezen voor het plan van aanpak');
  });

  it.skipIf(!pdfAvailable(DEFAULT_CHROMIUM_PATH))(
    'prints a PDF with one landscape page per slide',
    async () => {
      const res = await team.send('GET', `/api/meetings/${roundId}/deck.pdf`);
      expect(res.status, await res.clone().text()).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const file = join(dir, 'deck.pdf');
      writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+10\n/);
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      expect(Number(w)).toBeGreaterThan(Number(h));
      const text = execFileSync('pdftotext', ['-f', '4', '-l', '4', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Wat goed gaat');
    },
    60_000,
  );
});

describe('the agreements of the meeting', () => {
  it('records the priorities, the note and the date, and reads them back with the publication', async () => {
    const saved = await bodyOf(
      await researcher.send('PUT', `/api/meetings/${roundId}/agreements`, agreements),
      AgreementsSchema,
    );
    expect(saved).toMatchObject({ ...agreements, publicationVersion: 1, recordedBy: researcher.email });
    const read = await bodyOf(await team.send('GET', `/api/meetings/${roundId}/agreements`), AgreementsViewSchema);
    expect(read.agreements).toEqual(saved);
    const again = await bodyOf(
      await researcher.send('PUT', `/api/meetings/${roundId}/agreements`, { ...agreements, priorities: ['C7'] }),
      AgreementsSchema,
    );
    expect(again.priorities).toEqual(['C7']);
    const [audit] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from audit_log where action = 'meeting.agreements' and target_id = ${roundId}`;
    expect(audit?.n).toBe(2);
  });

  it.each<[string, unknown, string]>([
    ['no priority', { ...agreements, priorities: [] }, 'priorities'],
    ['four priorities', { ...agreements, priorities: ['C1', 'C2', 'C3', 'C4'] }, 'priorities'],
    ['a priority twice', { ...agreements, priorities: ['C2', 'C2'] }, 'priorities'],
    ['no criterion', { ...agreements, priorities: ['C11'] }, 'priorities.0'],
    ['an impossible date', { ...agreements, metOn: '2026-02-30' }, 'metOn'],
    ['no date', { priorities: ['C1'] }, 'metOn'],
    ['a note too long', { ...agreements, note: 'x'.repeat(2001) }, 'note'],
  ])('refuses %s with a 400 naming the field', async (_, body, field) => {
    const res = await researcher.send('PUT', `/api/meetings/${roundId}/agreements`, body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
  });

  it('lets only the research team record them, within its scope', async () => {
    expect((await team.send('PUT', `/api/meetings/${roundId}/agreements`, agreements)).status).toBe(403);
    expect((await stranger.send('PUT', `/api/meetings/${roundId}/agreements`, agreements)).status).toBe(404);
    expect((await stranger.send('GET', `/api/meetings/${roundId}/agreements`)).status).toBe(404);
  });

  it('starts the plan of action with a goal per agreed priority, one level up, skipping one already at 3.0', async () => {
    const { deck } = await bodyOf(await team.send('GET', `/api/meetings/${roundId}`), MeetingDeckSchema);
    const triangle = deck.slides.flatMap((s) => s.blocks).find((b) => b.type === 'triangle');
    const levelOf = (c: string) =>
      triangle?.type === 'triangle' ? triangle.rows.find((r) => r.criterion === c)?.level : null;
    const top = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10'].find((c) => levelOf(c) === 3);
    const priorities = ['C7', 'C2', ...(top ? [top] : [])];
    const put = await researcher.send('PUT', `/api/meetings/${roundId}/agreements`, { ...agreements, priorities });
    expect(put.status).toBe(200);

    const res = await team.send('POST', '/api/plans', { roundId });
    expect(res.status, await res.clone().text()).toBe(201);
    const plan = PlanSchema.parse(await res.json());
    const goals = plan.goals.map((g) => ({ criterion: g.criterion, ambition: g.ambition, goal: g.goal }));
    const ambition = (c: string) => (levelOf(c) === 2 ? 3 : 2);
    expect(goals).toEqual([
      {
        criterion: 'C2',
        ambition: ambition('C2'),
        goal: expect.stringMatching(
          /^Prioriteit 2 uit de terugkoppeling van 10 december 2026\. Eerst het open dossier\.$/,
        ),
      },
      { criterion: 'C7', ambition: ambition('C7'), goal: expect.stringMatching(/^Prioriteit 1 /) },
    ]);
  });
});
