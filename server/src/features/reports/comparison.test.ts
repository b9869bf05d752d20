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
});
