import type { Locale } from '@driehoek/shared';

/** A SurveyJS localisable string (`"text"` or `{ default: Dutch, en: … }`) in the given locale, Dutch as fallback. */
export function localizedText(value: unknown, locale: Locale): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const texts = value as Record<string, unknown>;
  const text = texts[locale] ?? texts.default ?? texts.nl;
  return typeof text === 'string' ? text : undefined;
}
