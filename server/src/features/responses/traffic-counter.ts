import { randomUUID } from 'node:crypto';
import type { Sql } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { PEAK_FLAG_PER_MINUTE } from '../rounds/queries';

/** How often a process writes its counts to the database and learns the other processes' counts. */
export const TRAFFIC_FLUSH_MS = 1000;

type Minute = {
  linkId: string;
  minute: Date;
  known: number;
  pending: number;
  /** Responses admitted in this minute by this process and not yet marked as part of a burst (memory only). */
  held: string[];
  /** This process's opaque id for the minute's burst, once the minute reached the monitor's peak. */
  burst?: string;
};

const minuteOf = (at: Date) => new Date(Math.floor(at.getTime() / 60_000) * 60_000);
// Keys are built on every submission: from the minute's number, not a Date and its ISO string.
const keyOf = (linkId: string, at: Date) => `${linkId} ${Math.floor(at.getTime() / 60_000)}`;

/**
 * New responses per link per minute, for the ballot-stuffing limit and the researcher's peak flag. Counting in the
 * database on every submission made the counter rows the busiest in the database (a counter upsert cost more than
 * the response's own insert); so each process counts in memory and adds its counts to `link_traffic` once a
 * second, reading back the total of all processes. A process admits a response while the total it last read plus
 * its own unwritten count stays within the limit: exact in one process, and with several processes a flood can
 * pass the limit by at most what the others admitted in the last second (decision record 0004).
 *
 * A minute that reaches the monitor's peak (PEAK_FLAG_PER_MINUTE, all processes together) is a burst: the responses
 * this process admitted in it are marked with one random id in `response_bursts`, so the researcher can exclude a
 * flagged burst (decision 0015). Only the ids of the current minute are held, in memory; the mark stores no time.
 */
export class TrafficCounter {
  private readonly minutes = new Map<string, Minute>();
  private readonly loading = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly sql: Sql,
    private readonly logger: Logger,
    /** New responses in one minute on one link from which they are marked as a burst. */
    private readonly burstAt = PEAK_FLAG_PER_MINUTE,
  ) {}

  /**
   * Counts a new response on the link at `at`; false when the link is over its limit for that minute. With
   * `responseId`, an admitted response is held for marking should the minute turn out to be a burst.
   */
  async admit(linkId: string, at: Date, limit: number, responseId?: string): Promise<boolean> {
    const key = keyOf(linkId, at);
    let entry = this.minutes.get(key);
    if (!entry) {
      // The first response of a minute in this process reads what the other processes counted so far.
      let load = this.loading.get(key);
      if (!load) {
        load = this.load(key, linkId, minuteOf(at)).finally(() => this.loading.delete(key));
        this.loading.set(key, load);
      }
      await load;
      entry = this.minutes.get(key);
      if (!entry) throw new Error('traffic minute missing after load');
    }
    entry.pending += 1;
    this.schedule();
    const admitted = entry.known + entry.pending <= limit;
    if (admitted && responseId) entry.held.push(responseId.toLowerCase());
    return admitted;
  }

  /** Takes back an admission that turned out to be a later save of an existing response. */
  release(linkId: string, at: Date, responseId?: string): void {
    const entry = this.minutes.get(keyOf(linkId, at));
    if (!entry) return;
    if (responseId) entry.held = entry.held.filter((id) => id !== responseId.toLowerCase());
    // May go below zero when the admission was written in between; the next write subtracts it.
    entry.pending -= 1;
    this.schedule();
  }

  /** Writes the unwritten counts and reads back every link's total; also called before the monitor reads them. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async load(key: string, linkId: string, minute: Date) {
    const [row] = await this.sql<{ n: number }[]>`
      select coalesce(sum(new_responses), 0)::int as n from link_traffic
       where link_id = ${linkId} and minute = ${minute}`;
    this.minutes.set(key, { linkId, minute, known: row?.n ?? 0, pending: 0, held: [] });
  }

  private schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, TRAFFIC_FLUSH_MS);
    // A pending flush never keeps a finished process or test alive.
    this.timer.unref();
  }

  private async write() {
    const current = minuteOf(new Date()).getTime();
    for (const [key, entry] of this.minutes) {
      const { pending } = entry;
      if (pending !== 0) {
        entry.pending = 0;
        try {
          // Attempts count, refused ones too: the peak shows what came in, not what was let through.
          const [row] = await this.sql<{ n: number }[]>`
            with bump as (
              insert into link_traffic (link_id, minute, shard, new_responses)
              values (${entry.linkId}, ${entry.minute}, 0, ${pending})
              on conflict (link_id, minute, shard) do update
                 set new_responses = link_traffic.new_responses + excluded.new_responses
              returning shard, new_responses
            )
            select (b.new_responses + coalesce((
                     select sum(t.new_responses) from link_traffic t
                      where t.link_id = ${entry.linkId} and t.minute = ${entry.minute} and t.shard <> b.shard), 0))::int
                   as n
              from bump b`;
          entry.known = row?.n ?? entry.known + pending;
        } catch (err) {
          // Counts serve flood control and the monitor's flag only; a write that fails (the database restarting)
          // drops them rather than retrying forever. This process's own count for the minute stays in `known`.
          entry.known += pending;
          this.logger.warn('traffic counts not written', { error: String(err) });
        }
      }
      if (entry.held.length > 0 && entry.known >= this.burstAt) await this.markBurst(entry);
      // Minutes more than one minute old no longer decide anything.
      if (entry.pending === 0 && entry.minute.getTime() < current - 60_000) this.minutes.delete(key);
      // A held response whose save had not committed yet is marked on the next write.
      else if (entry.held.length > 0 && entry.known >= this.burstAt) this.schedule();
    }
  }

  /** Marks the held responses that are stored by now as the minute's burst; the rest stay held. */
  private async markBurst(entry: Minute) {
    entry.burst ??= randomUUID();
    try {
      const marked = await this.sql<{ id: string }[]>`
        with found as (select id from responses where id = any(${entry.held}::uuid[])),
             mark as (insert into response_bursts (response_id, burst) select id, ${entry.burst} from found
                      on conflict (response_id) do nothing)
        select id::text from found`;
      const done = new Set(marked.map((m) => m.id));
      entry.held = entry.held.filter((id) => !done.has(id));
    } catch (err) {
      this.logger.warn('burst not marked', { error: String(err) });
    }
  }
}
