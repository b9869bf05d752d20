import { z } from 'zod';
import { type Locale, LocaleSchema } from '../contracts/common';

/** The languages of the statement: every language of the parents' questionnaire. */
export const PRIVACY_LOCALES: ReadonlyArray<Locale> = LocaleSchema.options;

/** The fixed sentences of a privacy statement, by key (see surveys/privacy/v1.json). */
export const PRIVACY_TEXT_KEYS = [
  'title',
  'intro',
  'controllerHeading',
  'controllerText',
  'purposeHeading',
  'purposeText',
  'voluntary',
  'storedHeading',
  'storedAnswers',
  'storedOpen',
  'storedDevice',
  'storedCode',
  'notStoredHeading',
  'notStoredName',
  'notStoredAddress',
  'notStoredDevice',
  'notStoredTime',
  'notStoredTracking',
  'abuseCounting',
  'whoHeading',
  'whoResearcher',
  'whoGroups',
  'retentionHeading',
  'retentionDays',
  'retentionAtPublication',
  'retentionUnset',
  'retentionReport',
  'rightsHeading',
  'rightsText',
  'rightsAnonymous',
  'complaint',
  'contactHeading',
  'contactLead',
  'officerLead',
  'contactMissing',
  'ownHeading',
  'ownLanguage',
  'updated',
  'notUpdated',
  'languages',
  'linkLabel',
  'paperLine',
  'unknownTitle',
  'unknownText',
] as const;
export type PrivacyTextKey = (typeof PRIVACY_TEXT_KEYS)[number];

const Localised = z.partialRecord(LocaleSchema, z.string());

/**
 * surveys/privacy/v<N>.json: the words of the privacy statement in the six parents' languages, and each language
 * named in itself. Completeness is checked by `privacyTextProblems`, not here, so that every gap is listed.
 */
export const PrivacyTextsSchema = z.object({
  version: z.number().int().positive(),
  about: z.string(),
  languageName: Localised,
  text: z.partialRecord(z.enum(PRIVACY_TEXT_KEYS), Localised),
});
export type PrivacyTexts = z.infer<typeof PrivacyTextsSchema>;

const placeholders = (text: string): string[] => [...text.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1] ?? '').sort();

/**
 * Everything wrong with a texts file, one line each: a key or language missing or empty, a translation that is a
 * copy of the Dutch, placeholders that differ from the Dutch. Empty when complete.
 */
export function privacyTextProblems(texts: PrivacyTexts): string[] {
  const problems: string[] = [];
  for (const key of PRIVACY_TEXT_KEYS) {
    const value = texts.text[key];
    if (!value) {
      problems.push(`text.${key}: missing`);
      continue;
    }
    const dutch = value.nl ?? '';
    for (const locale of PRIVACY_LOCALES) {
      const text = value[locale];
      if (text === undefined || text.trim() === '') problems.push(`text.${key}: missing translation: ${locale}`);
      else if (locale !== 'nl' && text === dutch) problems.push(`text.${key}: ${locale} is a copy of the Dutch`);
      else if (placeholders(text).join() !== placeholders(dutch).join())
        problems.push(`text.${key}: ${locale} has placeholders {${placeholders(text).join('}, {')}}, Dutch has others`);
    }
  }
  for (const locale of PRIVACY_LOCALES)
    if (!texts.languageName[locale]?.trim()) problems.push(`languageName: missing ${locale}`);
  return problems;
}
