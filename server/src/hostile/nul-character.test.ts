import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db';
import { createScan } from '../test-support/fixtures';
import { errorOf } from '../test-support/http';
import { staffAgent } from '../test-support/staff';
import { openTestDatabase, testApp } from '../test-support/test-database';

// PostgreSQL refuses U+0000 in text and jsonb; before the guard in readJson/readQuery/readParam these requests
// reached the database and came back as 500s.
let db: Database;
let app: ReturnType<typeof testApp>;
let scan: Awaited<ReturnType<typeof createScan>>;
beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  scan = await createScan(db.sql);
});
afterAll(() => db?.close());

const count = async (table: 'ikcs' | 'responses') =>
  (await db.sql<{ n: number }[]>`select count(*)::int as n from ${db.sql(table)}`)[0]?.n;

const submit = (answers: Record<string, unknown>) =>
  app.request(`/api/responses/${randomUUID()}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ linkId: scan.links.parents, locale: 'nl', answers, complete: true }),
  });

describe('a NUL character in a request', () => {
  it('gets a 400 naming the field on staff writes and searches, and stores nothing', async () => {
    const admin = await staffAgent(app, db.sql, 'admin');
    const before = await count('ikcs');
    const write = await admin.send('POST', '/api/ikcs', { organisationId: scan.organisationId, name: 'IKC\u0000' });
    expect(write.status).toBe(400);
    expect(await errorOf(write)).toMatchObject({ field: 'name', message: expect.stringContaining('ongeldig teken') });
    expect(await count('ikcs')).toBe(before);
    for (const path of ['/api/locations?q=a%00b', '/api/organisations?q=%00']) {
      const search = await admin.send('GET', path);
      expect(search.status).toBe(400);
      expect((await errorOf(search)).field).toBe('q');
    }
  });

  it('gets a 400 naming the answer when a respondent sends one, and stores nothing', async () => {
    const before = await count('responses');
    const res = await submit({ open_change: 'meer\u0000uitleg' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).field).toBe('answers.open_change');
    expect(await count('responses')).toBe(before);
  });

  it('leaves a typed backslash-u0000 alone', async () => {
    const res = await submit({ open_change: 'pad C:\\u0000' });
    expect(res.status).toBe(200);
  });
});
