import type { Sql } from '../../platform/db';
import { findRespondentLink, type RespondentLinkRow } from './queries';

/** How long a process reuses a link's row for saves; a round closed by hand is seen by every process within this. */
export const LINK_CACHE_MS = 1000;
const MAX_ENTRIES = 10_000;

/**
 * A link's row (round, pinned version, status, dates) as saves read it, kept for a second per process: hundreds of
 * saves a second on one link then cost one lookup a second instead of one each. Dates are judged at every save
 * against the clock, so only a change by hand (close, reopen, new dates) can be up to a second late in another
 * process; in this process the round routes clear the cache at once. Concurrent misses share one query.
 */
export class LinkCache {
  private readonly entries = new Map<string, { at: number; row: Promise<RespondentLinkRow | undefined> }>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  get(sql: Sql, linkId: string): Promise<RespondentLinkRow | undefined> {
    const now = this.clock();
    const hit = this.entries.get(linkId);
    if (hit && now - hit.at < LINK_CACHE_MS) return hit.row;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    const row = findRespondentLink(sql, linkId);
    this.entries.set(linkId, { at: now, row });
    // A failed lookup is not remembered.
    row.catch(() => this.entries.delete(linkId));
    return row;
  }

  /** After a change to rounds: the next save reads the database again. */
  clear(): void {
    this.entries.clear();
  }
}
