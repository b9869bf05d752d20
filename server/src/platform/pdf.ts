import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

// Without the background-networking flags Chromium floods a closed network with update and sync requests.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Renders at most this many PDFs at once: each page costs Chromium ~100 MB on a 2-core machine. */
const MAX_CONCURRENT = 2;

/** Whether an executable Chromium is at the path. */
export function pdfAvailable(chromiumPath: string = DEFAULT_CHROMIUM_PATH): boolean {
  try {
    accessSync(chromiumPath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// One browser per process, launched on the first PDF and reused; a crash or close lets the next request relaunch.
let browser: Promise<Browser> | undefined;
let browserPath: string | undefined;
let running = 0;
const waiting: Array<() => void> = [];

function launch(chromiumPath: string): Promise<Browser> {
  if (browser && browserPath === chromiumPath) return browser;
  browserPath = chromiumPath;
  // playwright-core is loaded with the first PDF: most processes never render one, and it slows every start.
  const launched = import('playwright-core').then(({ chromium }) =>
    chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS }),
  );
  browser = launched;
  launched.then(
    (b) =>
      b.on('disconnected', () => {
        if (browser === launched) browser = undefined;
      }),
    () => {
      if (browser === launched) browser = undefined;
    },
  );
  return launched;
}

async function slot(): Promise<() => void> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

const FOOTER = `<div style="width:100%;font-size:8px;color:#5b6473;padding:0 14mm;display:flex;justify-content:space-between;font-family:system-ui,Arial,sans-serif">
<span class="title"></span><span>pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span></div>`;

/**
 * How to print: by default A4 with page numbers. `pageSize: 'css'` takes the size and margins from the document's
 * own `@page` rule (a one-page letter, an A3 landscape poster), without the Dutch page-number footer.
 */
export type PdfOptions = { pageSize?: 'A4' | 'css' };

/** Prints a self-contained HTML document to an A4 PDF with page numbers (or as `options` say). */
export async function renderPdf(
  documentHtml: string,
  chromiumPath: string = DEFAULT_CHROMIUM_PATH,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const release = await slot();
  try {
    const b = await launch(chromiumPath);
    const context = await b.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(documentHtml, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      if (options.pageSize === 'css') return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      });
    } finally {
      await context.close();
    }
  } finally {
    release();
  }
}

/** Closes the shared browser; call on shutdown. */
export async function closePdfRenderer(): Promise<void> {
  const current = browser;
  browser = undefined;
  if (current) await (await current.catch(() => undefined))?.close();
}
