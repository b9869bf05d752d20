import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocationReportSchema, listQuestions } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { closePdfRenderer } from '../../platform/pdf';
import { createScan } from '../../test-support/fixtures';
import { program } from '../../test-support/programs';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

// Six parents; on C7 four gave a level and two said "weet ik niet". C7 has four respondents behind its figure, so
// it is hidden, and so must be every figure of its items, although six parents answered them.
const parents = loadInstruments().get('parents', 1);
if (!parents) throw new Error('parents v1 is missing');
const survey = parents.survey as { pages: { elements: { name?: string; title?: { default: string } }[] }[] };
const titleOf = (name: string) =>
  survey.pages.flatMap((p) => p.elements).find((e) => e.name === name)?.title?.default ?? '';
const itemsOf = (criterion: string) =>
  Object.entries(parents.items)
    .filter(([, m]) => m.kind === 'scored' && m.criterion === criterion)
    .map(([name]) => name);
const HIDDEN = itemsOf('C7');
const SHOWN = itemsOf('C3');

const chromium = program('/usr/bin/chromium', 'chromium');
const pdftotext = program('/usr/bin/pdftotext', 'poppler-utils');

let db: Database;
let app: ReturnType<typeof testApp>;
let roundId: string;
let admin: Awaited<ReturnType<typeof staffAgent>>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  const scan = await createScan(db.sql, { name: 'Verborgen' });
  roundId = scan.roundId;
  admin = await staffAgent(app, db.sql, 'admin');
  for (let i = 0; i < 6; i++) {
    const answers: Record<string, unknown> = {};
    for (const q of listQuestions(parents.survey)) {
      if (parents.items[q.name]?.kind !== 'scored') continue;
      const levels = (q.values ?? []).filter((v) => v !== 'dk');
      answers[q.name] = HIDDEN.includes(q.name) && i < 2 ? 'dk' : levels[(i + 1) % levels.length];
    }
    // One "weet ik niet" on a shown item: its n must count the five levels, not the six answers.
    if (i === 0) answers[SHOWN[0] ?? ''] = 'dk';
    const res = await app.request(`/api/responses/${randomUUID()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ linkId: scan.links.parents, locale: 'nl', answers, complete: true }),
    });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await closePdfRenderer();
  await db?.close();
});

describe('a criterion hidden for too few answers', () => {
  it('hides its items in the JSON: no mean, sd, n or option counts', async () => {
    expect(HIDDEN.length).toBeGreaterThan(0);
    const res = await admin.send('GET', `/api/reports/${roundId}`);
    const report = LocationReportSchema.parse(((await res.json()) as { report: unknown }).report);
    const c7 = report.criteria.find((c) => c.criterion === 'C7' && c.perspective === 'parents');
    expect(c7).toEqual({ criterion: 'C7', perspective: 'parents', suppressed: true });
    const items = report.items.filter((i) => i.perspective === 'parents' && i.criterion === 'C7');
    expect(items.map((i) => i.item).sort()).toEqual([...HIDDEN].sort());
    for (const item of items) {
      expect(item.suppressed).toBe(true);
      expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['n']));
      for (const figure of ['n', 'nScored', 'mean', 'sd', 'options', 'dontKnowRate'])
        expect(item).not.toHaveProperty(figure);
    }
    const c3 = report.items.find((i) => i.item === SHOWN[0]);
    expect(c3).toMatchObject({ suppressed: false, n: 6, nScored: 5 });
  });

  it('shows no item of it in the HTML, and every item n shown is the number of levels behind its mean', async () => {
    const page = await (await admin.send('GET', `/api/reports/${roundId}/html`)).text();
    for (const name of HIDDEN) expect(page).not.toContain(titleOf(name));
    for (const name of SHOWN) expect(page).toContain(titleOf(name));
    const shown = page.slice(page.indexOf(titleOf(SHOWN[0] ?? '')));
    expect(shown.slice(0, shown.indexOf('</div>', shown.indexOf('class="note"')) + 6)).toMatch(/n=5\b/);
  });

  it.skipIf(chromium.skip || pdftotext.skip)('shows no item of it in the PDF', async () => {
    chromium.require();
    pdftotext.require();
    const res = await admin.send('GET', `/api/reports/${roundId}/pdf`);
    expect(res.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'verborgen-'));
    writeFileSync(join(dir, 'r.pdf'), Buffer.from(await res.arrayBuffer()));
    const text = execFileSync(pdftotext.path, ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    const words = (name: string) => titleOf(name).replace(/\s+/g, ' ').slice(0, 40);
    for (const name of HIDDEN) expect(text).not.toContain(words(name));
    expect(text).toContain(words(SHOWN[1] ?? ''));
  });
});
