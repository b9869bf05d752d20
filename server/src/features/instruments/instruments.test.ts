import { readFileSync } from 'node:fs';
import { InstrumentFileSchema, InstrumentViewSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../platform/db';
import { bodyOf, errorOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;

const InstrumentListSchema = z.object({
  items: z.array(
    z.object({ key: z.string(), version: z.number(), perspective: z.string(), locales: z.array(z.string()) }),
  ),
});

/** The questionnaire files on disk, as the published lock lists them (the scan model is not a questionnaire). */
function publishedOnDisk(): string[] {
  const lock = JSON.parse(readFileSync(new URL('../../../../surveys/published.lock.json', import.meta.url), 'utf8'));
  return Object.keys((lock as { published: Record<string, string> }).published)
    .filter((path) => !path.startsWith('model/'))
    .sort();
}

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

describe('the published questionnaires', () => {
  it('lists every published questionnaire with its version, perspective and languages for a researcher', async () => {
    const researcher = await staffAgent(app, db.sql, 'researcher');
    const res = await researcher.send('GET', '/api/instruments');
    expect(res.status).toBe(200);
    const { items } = await bodyOf(res, InstrumentListSchema);
    // The first versions, as published (a published file never changes, so neither does this list)…
    const firstVersions = items.filter((i) => i.version === 1).sort((a, b) => a.key.localeCompare(b.key));
    const nlEn = ['nl', 'en'];
    expect(firstVersions).toEqual([
      { key: 'children', version: 1, perspective: 'children', locales: nlEn },
      { key: 'mg-building', version: 1, perspective: 'mystery-guest', locales: nlEn },
      { key: 'mg-email', version: 1, perspective: 'mystery-guest', locales: nlEn },
      { key: 'mg-followup', version: 1, perspective: 'mystery-guest', locales: nlEn },
      { key: 'mg-intake', version: 1, perspective: 'mystery-guest', locales: nlEn },
      { key: 'mg-phone', version: 1, perspective: 'mystery-guest', locales: nlEn },
      { key: 'mg-website', version: 1, perspective: 'mystery-guest', locales: nlEn },
      { key: 'parents', version: 1, perspective: 'parents', locales: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] },
      { key: 'professionals', version: 1, perspective: 'professionals', locales: nlEn },
    ]);
    // …and every version published since: exactly the files the lock on disk lists, nothing more or less.
    expect(items.map((i) => `${i.key}/v${i.version}.json`).sort()).toEqual(publishedOnDisk());
    expect(items.filter((i) => !i.locales.includes('nl'))).toEqual([]);
  });

  it('gives one version in full, as the file on disk says', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const res = await admin.send('GET', '/api/instruments/parents/1');
    expect(res.status).toBe(200);
    const file = await bodyOf(res, InstrumentFileSchema);
    const onDisk = JSON.parse(readFileSync(new URL('../../../../surveys/parents/v1.json', import.meta.url), 'utf8'));
    expect(file).toMatchObject({ key: 'parents', version: 1, perspective: 'parents' });
    expect(file.survey).toEqual(onDisk.survey);
    expect(Object.keys(file.items).length).toBeGreaterThan(20);
    expect(file.items).toEqual(onDisk.items);
  });

  it('reads the version as a method: every question with its criterion, route and what each answer scores', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const view = await bodyOf(await admin.send('GET', '/api/instruments/parents/2'), InstrumentViewSchema);
    const report = view.outline.find((r) => r.name === 'p_c7_report_discussed');
    expect(report).toMatchObject({
      criterion: 'C7',
      kind: 'scored',
      route: expect.stringMatching(/^Ouders van een kind op de school/),
    });
    expect(report?.options.map((o) => o.score)).toContain('dk');
    expect(view.outline.filter((r) => r.kind === 'scored').every((r) => r.options.every((o) => o.score !== null))).toBe(
      true,
    );
  });

  it('answers 404 for a version that was never published and 400 for a malformed key or version', async () => {
    const researcher = await staffAgent(app, db.sql, 'researcher');
    expect((await researcher.send('GET', '/api/instruments/parents/99')).status).toBe(404);
    expect((await researcher.send('GET', '/api/instruments/bestaat-niet/1')).status).toBe(404);
    const badKey = await researcher.send('GET', '/api/instruments/Ouders!/1');
    expect(badKey.status).toBe(400);
    expect((await errorOf(badKey)).field).toBe('key');
    const badVersion = await researcher.send('GET', '/api/instruments/parents/0');
    expect(badVersion.status).toBe(400);
    expect((await errorOf(badVersion)).field).toBe('version');
  });

  it('is for admins and researchers: IKC and municipality users get 403, no session 401', async () => {
    for (const role of ['ikc', 'municipality'] as const) {
      const agent = await staffAgent(app, db.sql, role);
      expect((await agent.send('GET', '/api/instruments')).status, role).toBe(403);
      expect((await agent.send('GET', '/api/instruments/parents/1')).status, role).toBe(403);
    }
    expect((await app.request('/api/instruments')).status).toBe(401);
    expect((await app.request('/api/instruments/parents/1')).status).toBe(401);
  });
});
