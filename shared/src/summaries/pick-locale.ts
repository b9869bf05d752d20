import type { Locale } from '../contracts/common';
import { SUMMARY_LOCALES } from './summary-texts';

/**
 * The summary language for a browser's Accept-Language header: the most preferred language we write in (by q, then
 * order), matched on the primary subtag (`ar-MA` reads Arabic); Dutch when none matches or the header is absent.
 */
export function pickSummaryLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'nl';
  const wanted = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      // A malformed weight (q=abc) makes the entry unusable rather than most wanted.
      const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q =
        weight === undefined
          ? 1
          : /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(weight)
            ? Number(weight.slice(2))
            : Number.NaN;
      return { primary: tag.trim().split('-')[0]?.toLowerCase() ?? '', q, index };
    })
    .filter((w) => w.q > 0 && !Number.isNaN(w.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const w of wanted) {
    const match = SUMMARY_LOCALES.find((l) => l === w.primary);
    if (match) return match;
  }
  return 'nl';
}
