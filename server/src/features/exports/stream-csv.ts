import { BOM, csvLine } from './csv';

type Cells = ReadonlyArray<string | number | null | undefined>;

/** What the route hears about a streamed export: for the log, which holds counts and never contents. */
export type StreamEvents = {
  onEnd?: (rows: number) => void;
  onError?: (error: unknown) => void;
  /** The writer waits for a slow client for the first time (workbooks only: a CSV is read only when asked). */
  onFirstWait?: (aheadBytes: number) => void;
};

/**
 * A CSV body pulled from batches of rows (a database cursor underneath): each read of the response body fetches the
 * next batch, so a slow client slows the query instead of filling memory, and a round of any size starts sending at
 * once. `onEnd` hears the row count once the last batch is read; cancelling (a client that goes away) closes the
 * cursor, which gives its connection back. A failure halfway cannot become an error status any more (the headers
 * are sent): the download breaks off, and `onError` hears why.
 */
export function csvStream(
  header: Cells,
  batches: AsyncIterable<ReadonlyArray<Cells>>,
  events: StreamEvents = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let rows = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(header)));
    },
    async pull(controller) {
      let next: IteratorResult<ReadonlyArray<Cells>>;
      try {
        next = await iterator.next();
      } catch (error) {
        events.onError?.(error);
        throw error;
      }
      if (next.done) {
        events.onEnd?.(rows);
        controller.close();
        return;
      }
      let chunk = '';
      for (const row of next.value) chunk += csvLine(row);
      rows += next.value.length;
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
