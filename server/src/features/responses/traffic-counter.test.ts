import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { silentLogger } from '../../platform/logger';
import { createScan } from '../../test-support/fixtures';
import { openTestDatabase } from '../../test-support/test-database';
import { roundMonitor } from '../rounds/queries';
import { TrafficCounter } from './traffic-counter';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

const at = new Date('2026-11-23T11:00:10Z');
const admitMany = async (counter: TrafficCounter, linkId: string, n: number, limit: number) => {
  const out: boolean[] = [];
  for (let i = 0; i < n; i++) out.push(await counter.admit(linkId, at, limit));
  return out;
};

describe('the per-link traffic counter', () => {
  it('is exact within one process, concurrent admissions included', async () => {
    const { links } = await createScan(db.sql, { name: 'Eén' });
    const linkId = links.parents ?? '';
    const counter = new TrafficCounter(db.sql, silentLogger);
    const results = await Promise.all(Array.from({ length: 8 }, () => counter.admit(linkId, at, 5)));
    expect(results.filter(Boolean)).toHaveLength(5);
    // The next minute starts a new budget.
    expect(await counter.admit(linkId, new Date('2026-11-23T11:01:00Z'), 5)).toBe(true);
  });

  it('learns what other processes counted, through the database', async () => {
    const { links } = await createScan(db.sql, { name: 'Twee' });
    const linkId = links.parents ?? '';
    const first = new TrafficCounter(db.sql, silentLogger);
    const second = new TrafficCounter(db.sql, silentLogger);
    expect(await admitMany(first, linkId, 3, 5)).toEqual([true, true, true]);
    await first.flush();
    expect(await admitMany(second, linkId, 3, 5)).toEqual([true, true, false]);
    await second.flush();
    // The first process reads the second's counts back when it writes its own.
    await first.admit(linkId, at, 5);
    await first.flush();
    expect(await first.admit(linkId, at, 100)).toBe(true);
    const [row] = await db.sql<{ n: number }[]>`
      select sum(new_responses)::int as n from link_traffic where link_id = ${linkId}`;
    expect(row?.n).toBe(7);
  });

  it('gives back an admission that was a later save of an existing response', async () => {
    const { links } = await createScan(db.sql, { name: 'Drie' });
    const linkId = links.parents ?? '';
    const counter = new TrafficCounter(db.sql, silentLogger);
    expect(await counter.admit(linkId, at, 1)).toBe(true);
    expect(await counter.admit(linkId, at, 1)).toBe(false);
    counter.release(linkId, at);
    counter.release(linkId, at);
    expect(await counter.admit(linkId, at, 1)).toBe(true);
  });

  it("shows the researcher a minute's attempts from all processes as the peak", async () => {
    const { links, roundId } = await createScan(db.sql, { name: 'Vier' });
    const linkId = links.parents ?? '';
    const a = new TrafficCounter(db.sql, silentLogger);
    const b = new TrafficCounter(db.sql, silentLogger);
    await admitMany(a, linkId, 15, 1000);
    await admitMany(b, linkId, 10, 1000);
    await Promise.all([a.flush(), b.flush()]);
    const monitor = await roundMonitor(db.sql, roundId);
    expect(monitor.audiences[0]?.flags.join(' ')).toContain('binnen één minuut (25)');
  });
});
