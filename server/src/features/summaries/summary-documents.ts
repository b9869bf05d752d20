import { type Locale, PUBLIC_SUMMARY_PATH } from '@driehoek/shared';
import { qrSvg } from '../distribution/qr';
import { childrenOf, parentsOf, type SummarySource } from './load-summary';
import { renderChildrenHtml } from './render/children-html';
import { renderParentsHtml } from './render/parents-html';

/** The public address of a link: the parents' page (in the reader's language, or in `locale`) or the children's. */
export function publicSummaryUrl(base: string, linkId: string, page?: Locale | 'kinderen'): string {
  return `${base}${PUBLIC_SUMMARY_PATH}/${linkId}${page ? `/${page}` : ''}`;
}

export const READ_ALOUD_PATH = `${PUBLIC_SUMMARY_PATH}/voorlezen.js`;

export type ParentsDocumentOptions = {
  variant: 'page' | 'letter';
  /** The round's working link and the public base, for the QR code; null without a link. */
  link: { base: string; id: string } | null;
  languageHref: (locale: Locale) => string;
};

/** The parents' page or letter in one language; the QR code leads to the public page in that same language. */
export async function parentsDocument(
  source: SummarySource,
  locale: Locale,
  options: ParentsDocumentOptions,
): Promise<string> {
  const url = options.link ? publicSummaryUrl(options.link.base, options.link.id, locale) : null;
  return renderParentsHtml({
    summary: parentsOf(source, locale),
    variant: options.variant,
    link: url ? { url, qrSvg: await qrSvg(url) } : null,
    languageHref: options.languageHref,
  });
}

/** The children's page (with the read-aloud button) or poster (without: paper does not speak). */
export function childrenDocument(source: SummarySource, variant: 'page' | 'poster'): Promise<string> {
  return renderChildrenHtml({
    summary: childrenOf(source),
    readAloudScript: variant === 'page' ? READ_ALOUD_PATH : null,
  });
}
