import type { Locale } from '@driehoek/shared';

/**
 * The language to open in: the one chosen earlier on this device, else the browser's first preference the
 * questionnaire offers (matching `pl-PL` to `pl`), else Dutch, else the first offered.
 */
export function pickLocale(
  offered: readonly Locale[],
  remembered: Locale | undefined,
  browserLanguages: readonly string[],
): Locale {
  if (remembered && offered.includes(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = offered.find((l) => l === primary);
    if (match) return match;
  }
  if (offered.includes('nl')) return 'nl';
  return offered[0] ?? 'nl';
}
