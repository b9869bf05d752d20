import type { Locale } from '@driehoek/shared';

/** A SurveyJS localised string: `{ default: Dutch, en: …, ar: … }`. */
export type LocalisedText = Record<string, string>;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key a locale's text has in SurveyJS JSON: Dutch is the survey's default locale. */
export const localeKey = (locale: Locale): string => (locale === 'nl' ? 'default' : locale);

/** The text of a localisable value in one locale; plain strings are Dutch. Empty when absent. */
export function textIn(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return locale === 'nl' ? value : '';
  if (isRecord(value)) {
    const text = value[localeKey(locale)];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** Markup removed, whitespace collapsed: what a reader sees. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
