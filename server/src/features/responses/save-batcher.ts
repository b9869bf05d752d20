import type { Sql } from '../../platform/db';
import { type SaveItem, type SaveOutcome, saveResponsesAtOnce } from './queries';

/**
 * Batches writing at once; more saves wait and go together in the next batch. One: concurrent batches lock the same
 * link row for their foreign-key checks, and PostgreSQL then shares the lock through a multixact, which cost more
 * than the parallel statement gained (measured: decision 0006).
 */
const MAX_IN_FLIGHT = 1;
const MAX_BATCH = 100;

type Waiting = SaveItem & { resolve: (o: SaveOutcome) => void; reject: (err: unknown) => void };

/**
 * Groups concurrent saves into one statement (saveResponsesAtOnce). A save starts at once while fewer than
 * MAX_IN_FLIGHT batches are writing (in this process), so a quiet round waits for nothing; when the database is busy, saves that
 * arrive meanwhile are written together, one statement and one commit for many. Every save is still answered
 * only after its own batch committed. Two saves of one response id never share a batch or overlap in flight, so
 * batches cannot deadlock on each other; a batch that fails is retried one save at a time, so one bad save fails
 * alone.
 */
export class SaveBatcher {
  private readonly waiting: Waiting[] = [];
  private readonly writingIds = new Set<string>();
  private inFlight = 0;

  constructor(private readonly sql: Sql) {}

  save(item: SaveItem): Promise<SaveOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ ...item, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return;
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        for (const w of batch) this.writingIds.delete(w.row.id.toLowerCase());
        this.pump();
      });
    }
  }

  /** Up to MAX_BATCH waiting saves, in arrival order, skipping ids already in this batch or being written. */
  private take(): Waiting[] {
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const w of this.waiting) {
      const id = w.row.id.toLowerCase();
      if (batch.length < MAX_BATCH && !this.writingIds.has(id)) {
        this.writingIds.add(id);
        batch.push(w);
      } else rest.push(w);
    }
    this.waiting.splice(0, this.waiting.length, ...rest);
    return batch;
  }

  private async write(batch: Waiting[]) {
    try {
      const outcomes = await saveResponsesAtOnce(this.sql, batch);
      for (const [i, w] of batch.entries()) w.resolve(outcomes[i] ?? {});
    } catch (err) {
      if (batch.length === 1) return batch[0]?.reject(err);
      await Promise.all(
        batch.map((w) =>
          saveResponsesAtOnce(this.sql, [w]).then(
            ([outcome]) => w.resolve(outcome ?? {}),
            (e) => w.reject(e),
          ),
        ),
      );
    }
  }
}
