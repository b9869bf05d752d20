import { LinkViewSchema } from '@driehoek/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { errorOf } from '../../test-support/http';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

let db: Database;
const clock = testClock();
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, clock);
});
afterAll(() => db?.close());

describe('GET /api/links/:linkId', () => {
  it('gives an open link its pinned questionnaire and names', async () => {
    const scan = await createScan(db.sql, { name: 'Open' });
    const res = await app.request(`/api/links/${scan.links.parents}`);
    expect(res.status).toBe(200);
    const view = LinkViewSchema.parse(await res.json());
    expect(view).toMatchObject({
      audience: 'parents',
      instrument: { key: 'parents', version: 1 },
      location: 'Locatie Open',
    });
    expect(view.locales[0]).toBe('nl');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an unknown or malformed link with a Dutch 404', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'kort', '../../etc']) {
      const res = await app.request(`/api/links/${encodeURIComponent(id)}`);
      expect(res.status).toBe(404);
      expect(await errorOf(res)).toMatchObject({
        code: 'link_unknown',
        message: expect.stringContaining('link'),
      });
    }
  });

  it('tells when a round opens and when it closed', async () => {
    const future = await createScan(db.sql, { name: 'Straks', opensOn: '2026-12-01', closesOn: '2026-12-31' });
    const notOpen = await app.request(`/api/links/${future.links.parents}`);
    expect(notOpen.status).toBe(403);
    expect((await errorOf(notOpen)).message).toContain('vanaf 1 december 2026');

    const draft = await createScan(db.sql, { name: 'Concept', status: 'draft' });
    expect((await app.request(`/api/links/${draft.links.parents}`)).status).toBe(403);

    const past = await createScan(db.sql, { name: 'Voorbij', opensOn: '2026-10-01', closesOn: '2026-11-22' });
    const closed = await app.request(`/api/links/${past.links.parents}`);
    expect(closed.status).toBe(410);
    expect((await errorOf(closed)).code).toBe('link_closed');
  });

  it('counts the closing day as open in Dutch time, then gives an hour of grace', async () => {
    const scan = await createScan(db.sql, { name: 'Laatste dag', opensOn: '2026-11-01', closesOn: '2026-11-23' });
    clock.set('2026-11-23T22:30:00Z'); // 23:30 in Amsterdam
    expect((await app.request(`/api/links/${scan.links.parents}`)).status).toBe(200);
    clock.set('2026-11-23T23:30:00Z'); // 00:30 the next day: only the grace period for people still answering
    const grace = await app.request(`/api/links/${scan.links.parents}`);
    expect(((await grace.json()) as { graceUntil?: string }).graceUntil).toBe('2026-11-24T00:00:00.000Z');
    clock.set('2026-11-24T00:00:00Z'); // 01:00 in Amsterdam: closed
    expect((await app.request(`/api/links/${scan.links.parents}`)).status).toBe(410);
    clock.set('2026-11-23T11:00:00Z');
  });
});
