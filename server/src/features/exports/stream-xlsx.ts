import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { StreamEvents } from './stream-csv';

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;
export type SheetWriter = ReturnType<WorkbookWriter['addWorksheet']>;

/** Thrown into the writer when the client went away: it stops reading rows, which closes the cursor. */
class ExportCancelled extends Error {}

/**
 * A sheet's buffer inside ExcelJS 4 (`StreamBuf`) and what it is piped into: archiver's entry stream, a
 * `readable-stream` 2 PassThrough, which has no `writableLength` getter: its buffers are read from its states.
 */
type Buffered = { _writableState?: { length?: number }; _readableState?: { length?: number } };
type SheetBuffer = { buffers?: Array<{ length: number }>; pipes?: Buffered[] };

/** The zip under ExcelJS' writer (archiver): `pointer()` counts the compressed bytes it has produced. */
type Zip = { pointer(): number };

/**
 * How far the writer is ahead of the client, in bytes held in memory: raw sheet XML waiting for zlib, plus
 * compressed bytes the client has not taken. ExcelJS writes every committed row into the zip entry, and the zip
 * pushes what it compressed, both without heeding backpressure; so when the client reads slowly, this is where the
 * workbook would pile up (raw XML mostly in the entry stream, when zlib is slower than the writer: on a busy
 * machine, or for answers that compress well). Read from ExcelJS' internals (4.4, pinned by the lockfile); if they change, the export
 * test that waits for a slow client fails.
 */
function ahead(sheet: SheetWriter, zip: Zip, taken: number): number {
  const buffer = (sheet as unknown as { stream?: SheetBuffer }).stream;
  const raw =
    (buffer?.buffers ?? []).reduce((n, b) => n + b.length, 0) +
    (buffer?.pipes ?? []).reduce((n, p) => n + (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0), 0);
  return raw + zip.pointer() - taken;
}

/** What the client has taken so far, and a way for the waiting writer to hear that it took more. */
type Taken = { bytes: number; wake: () => void };

/** The response body, one chunk of `out` per read, counting what the client took; cancelling destroys `out`. */
function bodyOf(out: PassThrough, taken: Taken): ReadableStream<Uint8Array> {
  const chunks = out[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) return controller.close();
      const chunk = next.value as Buffer;
      taken.bytes += chunk.length;
      taken.wake();
      controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    },
    async cancel() {
      await chunks.return?.();
      taken.wake();
    },
  });
}

/**
 * A workbook written as it goes (ExcelJS' streaming writer) into the response body. `write` adds the sheets and
 * answers the number of data rows; after each batch of rows it calls `paced(sheet)`, which waits while the writer
 * is more than `maxAhead` bytes ahead of the client (see `ahead`), and throws once the client went away: the writer
 * then stops reading rows, which closes the cursor. Memory stays at about `maxAhead` plus a batch, whatever the size
 * of the round. The shared-strings table stays off: it would grow with every distinct answer.
 */
export function xlsxStream(
  write: (workbook: WorkbookWriter, paced: (sheet: SheetWriter) => Promise<void>) => Promise<number>,
  events: StreamEvents = {},
  maxAhead = 512 << 10,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  let waiting: (() => void) | undefined;
  const taken: Taken = {
    bytes: 0,
    wake: () => {
      waiting?.();
      waiting = undefined;
    },
  };
  (async () => {
    // Loaded on first use: exceljs takes a quarter of a second to load, and most processes never write a workbook.
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
    const zip = (workbook as unknown as { zip: Zip }).zip;
    let waited = false;
    const paced = async (sheet: SheetWriter) => {
      for (;;) {
        if (out.destroyed) throw new ExportCancelled('export cancelled');
        // Lets zlib's callbacks run first, so what it has compressed counts as compressed.
        await new Promise((resolve) => setImmediate(resolve));
        const bytes = ahead(sheet, zip, taken.bytes);
        if (bytes <= maxAhead) return;
        if (!waited) events.onFirstWait?.(bytes);
        waited = true;
        // Until the client takes a chunk or goes away; the timer catches zlib finishing without a take.
        await new Promise<void>((resolve) => {
          waiting = resolve;
          setTimeout(resolve, 50).unref();
        });
      }
    };
    const rows = await write(workbook, paced);
    await workbook.commit();
    events.onEnd?.(rows);
  })().catch((error: unknown) => {
    if (error instanceof ExportCancelled) return;
    events.onError?.(error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return bodyOf(out, taken);
}
