import { randomUUID } from 'node:crypto';
import { listQuestions } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';

// Issue 19: one parent answered. The report says so in one sentence instead of pages of "verborgen".
const parents = loadInstruments().get('parents', 1);
if (!parents) throw new Error('parents v1 is missing');

let db: Database;
let app: ReturnType<typeof testApp>;
let roundId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  const scan = await createScan(db.sql, { name: 'Klein' });
  roundId = scan.roundId;
  const answers: Record<string, unknown> = {};
  for (const q of listQuestions(parents.survey)) {
    if (parents.items[q.name]?.kind !== 'scored') continue;
    answers[q.name] = (q.values ?? []).find((v) => v !== 'dk');
  }
  const res = await app.request(`/api/responses/${randomUUID()}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ linkId: scan.links.parents, locale: 'nl', answers, complete: true }),
  });
  expect(res.status).toBe(200);
});
afterAll(() => db?.close());

describe('a round below the minimum group size', () => {
  it('gets a report of one plain sentence, without a page of hidden figures', async () => {
    const researcher = await staffAgent(app, db.sql, 'admin');
    const res = await researcher.send('GET', `/api/reports/${roundId}/html`);
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/<style>[\s\S]*?<\/style>/, '');
    expect(text).toContain(
      'Te weinig antwoorden om over te rapporteren: ouders bleven onder de 5 volledig ingevulde vragenlijsten',
    );
    expect(text).not.toMatch(/verborgen/i);
    expect(text).not.toContain('id="c1"');
    expect(text).not.toContain('Zo leest u dit rapport');
  });
});
