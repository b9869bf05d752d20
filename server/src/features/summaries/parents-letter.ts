import type { Locale } from '@driehoek/shared';
import type { Sql } from '../../platform/db';
import { renderPdf } from '../../platform/pdf';
import type { SummarySource } from './load-summary';
import { activeSummaryLink } from './queries';
import { parentsDocument, publicSummaryUrl } from './summary-documents';

/**
 * The parents' letter of a published round as a one-page A4 PDF, its QR code leading to the public page in the
 * letter's language (no QR code when the round has no working link).
 */
export async function parentsLetterPdf(
  sql: Sql,
  source: SummarySource,
  options: { roundId: string; locale: Locale; base: string; chromiumPath: string },
): Promise<Uint8Array> {
  const link = await activeSummaryLink(sql, options.roundId);
  const letter = await parentsDocument(source, options.locale, {
    variant: 'letter',
    link: link ? { base: options.base, id: link.id } : null,
    languageHref: (l) => publicSummaryUrl('', link?.id ?? '', l),
  });
  return renderPdf(letter, options.chromiumPath, { pageSize: 'css' });
}
