import type { Locale } from '@driehoek/shared';

/**
 * SurveyJS' own words (Volgende, Verzenden, "Pagina 2 van 9") per language. Dutch comes with the questionnaire code
 * (survey-model.ts); the others are small chunks fetched only when a respondent reads in that language, so a Dutch
 * parent's phone does not download five dictionaries. English is built into survey-core.
 */
const loaders: Record<Exclude<Locale, 'nl' | 'en'>, () => Promise<unknown>> = {
  ar: () => import('survey-core/i18n/arabic'),
  tr: () => import('survey-core/i18n/turkish'),
  pl: () => import('survey-core/i18n/polish'),
  uk: () => import('survey-core/i18n/ukrainian'),
};

const loading = new Map<Locale, Promise<void>>();
const loaded = new Set<Locale>(['nl', 'en']);

/** Whether SurveyJS' strings for `locale` are registered already. */
export const surveyLocaleLoaded = (locale: Locale) => loaded.has(locale);

/** Registers SurveyJS' strings for `locale`; resolves at once for Dutch and English, and at most one fetch each. */
export function loadSurveyLocale(locale: Locale): Promise<void> {
  if (locale === 'nl' || locale === 'en') return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale]().then(
      () => void loaded.add(locale),
      // Offline: SurveyJS falls back to its English words; the next call tries again.
      () => void loading.delete(locale),
    );
    loading.set(locale, promise);
  }
  return promise;
}
