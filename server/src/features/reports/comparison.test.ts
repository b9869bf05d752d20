import { ReportViewSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { insertSyntheticRound } from '../../seed/synthetic-round';
import { createScan } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

let db: Database;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

describe('a follow-up round’s report', () => {
  it('compares each criterion with the baseline and says which changes exceed the noise', async () => {
    const scan = await createScan(db.sql, { name: 'Vervolg' });
    const catalog = loadInstruments();
    const base = { locationId: scan.locationId, counts: { parents: 60, professionals: 12 } } as const;
    // Parents' experience of the open child file (C7) rises from 1.0 to 3.0 behaviour; equal conversations (C5) stay.
    await insertSyntheticRound(db.sql, catalog, {
      ...base,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2025-10-01',
      closesOn: '2025-10-31',
      targets: { C5: 2.2, C7: 1.1 },
      seed: 11,
    });
    const { roundId } = await insertSyntheticRound(db.sql, catalog, {
      ...base,
      kind: 'follow_up',
      status: 'closed',
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
      targets: { C5: 2.2, C7: 2.9 },
      seed: 12,
    });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const body = (await (await researcher.send('GET', `/api/reports/${roundId}`)).json()) as {
      comparison: {
        result: {
          criteria: {
            criterion: string;
            perspective: string;
            change: { change: number; exceedsNoise: boolean } | null;
          }[];
          overall: { criterion: string; levelChange: number | null }[];
        };
      } | null;
    };
    const cell = (criterion: string) =>
      body.comparison?.result.criteria.find((c) => c.criterion === criterion && c.perspective === 'parents')?.change;
    expect(cell('C7')?.change).toBeGreaterThan(1);
    expect(cell('C7')?.exceedsNoise).toBe(true);
    expect(Math.abs(cell('C5')?.change ?? 9)).toBeLessThan(0.4);
    expect(body.comparison?.result.overall.find((o) => o.criterion === 'C7')?.levelChange).toBeGreaterThan(0);

    const html = await (await researcher.send('GET', `/api/reports/${roundId}/html`)).text();
    expect(html).toContain('Vergelijking met de vorige ronde');
    expect(html).toContain('groter dan de ruis');
    expect(html).toContain('binnen de ruis');
  });

  it('compares a baseline on parents v1 with a follow-up on v2, saying where the questions changed', async () => {
    const scan = await createScan(db.sql, { name: 'Nieuwe versie' });
    const catalog = loadInstruments();
    const base = { locationId: scan.locationId, counts: { parents: 40 } } as const;
    await insertSyntheticRound(db.sql, catalog, {
      ...base,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2025-10-01',
      closesOn: '2025-10-31',
      targets: { C3: 2.2 },
      seed: 21,
      versions: { parents: 1 },
    });
    const { roundId } = await insertSyntheticRound(db.sql, catalog, {
      ...base,
      kind: 'follow_up',
      status: 'closed',
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
      targets: { C3: 2.2 },
      seed: 22,
      versions: { parents: 2 },
    });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const view = ReportViewSchema.parse(await (await researcher.send('GET', `/api/reports/${roundId}`)).json());
    if (view.state !== 'draft') throw new Error('researcher sees the draft');
    expect(view.report.instruments).toEqual([{ key: 'parents', version: 2, perspective: 'parents' }]);
    expect(view.comparison?.baseline.id).not.toBe(roundId);
    const cells = view.comparison?.result.criteria.filter((c) => c.perspective === 'parents') ?? [];
    // Every criterion of parents v2 is compared; C4 gained questions in v2 (the daily handover, school–childcare).
    expect(cells.length).toBe(10);
    expect(cells.every((c) => c.change !== null)).toBe(true);
    expect(cells.find((c) => c.criterion === 'C4')?.questions?.added).toBeGreaterThan(0);
    // A reworded v2 item continues its v1 concept through the concept map instead of counting as new.
    const c3 = view.comparison?.result.items.find((i) => i.concept === 'parents.c3.time-for-questions');
    expect(c3).toMatchObject({ baselineConcept: 'parents.c3.greeted' });
    expect(c3?.change).not.toBeNull();
    const html = await (await researcher.send('GET', `/api/reports/${roundId}/html`)).text();
    expect(html).toMatch(/andere vragen: \d+ gelijk, \d+ herschreven, \d+ nieuw, \d+ vervallen/);
    expect(html).toContain('Let op: andere vragenlijsten');
    expect(html).toContain('Ouders: vragenlijst versie 1 in de nulmeting, versie 2 nu.');
    expect(view.comparison?.result.instrumentChanges).toEqual([
      { perspective: 'parents', from: [{ key: 'parents', version: 1 }], to: { key: 'parents', version: 2 } },
    ]);
  });
});
