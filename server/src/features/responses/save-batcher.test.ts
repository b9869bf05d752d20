import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { createScan, type ScanFixture } from '../../test-support/fixtures';
import { openTestDatabase } from '../../test-support/test-database';
import type { ResponseInput } from './queries';
import { SaveBatcher } from './save-batcher';

let db: Database;
let scan: ScanFixture;
beforeAll(async () => {
  db = await openTestDatabase();
  scan = await createScan(db.sql, { name: 'Batches' });
});
afterAll(() => db?.close());

const row = (id: string, status: 'partial' | 'complete', extra: Partial<ResponseInput> = {}): ResponseInput => ({
  id,
  linkId: scan.links.parents ?? '',
  roundId: scan.roundId,
  audience: 'parents',
  instrumentKey: 'parents',
  instrumentVersion: 1,
  locale: 'nl',
  answers: { bg_sector: 'school', note: 'it\'s "quoted", \\ and {braces}, ünïcode' },
  status,
  receivedOn: '2026-11-23',
  ...extra,
});

describe('saving concurrent responses together', () => {
  it('stores each response once with its own outcome, however the saves interleave', async () => {
    const batcher = new SaveBatcher(db.sql);
    const ids = Array.from({ length: 30 }, () => randomUUID());
    // Every id three times at once: a partial save, its retry, and the completion.
    const saves = ids.flatMap((id) => [
      batcher.save({ row: row(id, 'partial'), allowNew: true }),
      batcher.save({ row: row(id, 'partial'), allowNew: true }),
      batcher.save({ row: row(id, 'complete'), allowNew: true }),
    ]);
    const outcomes = await Promise.all(saves);
    expect(outcomes).toHaveLength(90);
    expect(outcomes.every((o) => o.saved !== undefined || o.existing?.status === 'complete')).toBe(true);
    const stored = await db.sql<{ id: string; status: string; answers: { note: string } }[]>`
      select id, status, answers from responses where id = any(${ids}::uuid[])`;
    expect(stored).toHaveLength(30);
    expect(stored.every((r) => r.status === 'complete')).toBe(true);
    expect(stored[0]?.answers.note).toBe('it\'s "quoted", \\ and {braces}, ünïcode');
  });

  it('answers each save for itself: refused new ones, another link, a complete one', async () => {
    const batcher = new SaveBatcher(db.sql);
    const done = randomUUID();
    await batcher.save({ row: row(done, 'complete'), allowNew: true });
    const other = await createScan(db.sql, { name: 'Ander' });
    const [again, refused, foreign] = await Promise.all([
      batcher.save({ row: row(done, 'complete'), allowNew: true }),
      batcher.save({ row: row(randomUUID(), 'complete'), allowNew: false }),
      batcher.save({
        row: row(done, 'partial', { linkId: other.links.parents ?? '', roundId: other.roundId }),
        allowNew: true,
      }),
    ]);
    expect(again).toEqual({ saved: undefined, existing: { linkId: scan.links.parents, status: 'complete' } });
    expect(refused).toEqual({ saved: undefined, existing: undefined });
    expect(foreign.saved).toBeUndefined();
    expect(foreign.existing?.linkId).toBe(scan.links.parents);
  });

  it('fails only the bad save when a batch fails', async () => {
    const batcher = new SaveBatcher(db.sql);
    // Occupy the writers so the next saves queue up and go as one batch.
    const first = Array.from({ length: 8 }, () => batcher.save({ row: row(randomUUID(), 'complete'), allowNew: true }));
    const good = randomUUID();
    const results = await Promise.allSettled([
      ...first,
      batcher.save({ row: row(randomUUID(), 'complete', { roundId: randomUUID() }), allowNew: true }),
      batcher.save({ row: row(good, 'complete'), allowNew: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual([...Array(8).fill('fulfilled'), 'rejected', 'fulfilled']);
    const [stored] = await db.sql`select status from responses where id = ${good}`;
    expect(stored?.status).toBe('complete');
  });
});
