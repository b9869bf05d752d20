import type { Context } from 'hono';
import type { AppEnv } from './context';
import { AppError } from './errors';
import { DEFAULT_CHROMIUM_PATH, pdfAvailable } from './pdf';

/**
 * The Chromium a PDF route prints with, or a 503 that names the way out without it (`wayOut`: "Open het rapport en
 * kies Afdrukken → Opslaan als PDF."), checked before anything is built.
 */
export function requireChromium(c: Context<AppEnv>, wayOut: string): string {
  const chromiumPath = c.var.deps.chromiumPath ?? DEFAULT_CHROMIUM_PATH;
  if (!pdfAvailable(chromiumPath))
    throw new AppError('unavailable', `PDF maken kan hier niet: Chromium is niet geïnstalleerd. ${wayOut}`);
  return chromiumPath;
}

/** The headers of a private download: never cached, saved under `name`. */
export const downloadHeaders = (type: string, name: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${name}"`,
  'cache-control': 'private, no-store',
});

/** A PDF as a private download. */
export const pdfDownload = (c: Context<AppEnv>, pdf: Uint8Array, name: string) =>
  c.body(pdf as Uint8Array<ArrayBuffer>, 200, downloadHeaders('application/pdf', name));
