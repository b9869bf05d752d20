import type { Locale } from '@driehoek/shared';
import { isRecord, localeKey } from '../localised';
import { collectLocalisable } from './localisable-strings';
import type { Problem } from './problem';

/**
 * Every localisable string carries every locale the instrument promises, as a non-empty string; nothing falls back
 * silently to Dutch. Unknown keys (a typo such as `ua`) are refused too.
 */
export function checkLocales(file: string, survey: Record<string, unknown>, locales: ReadonlyArray<Locale>): Problem[] {
  const problems: Problem[] = [];
  const keys = locales.map(localeKey);
  for (const { at, value } of collectLocalisable(survey)) {
    if (typeof value === 'string') {
      problems.push({ file, at, message: `not translated: plain text, needs ${keys.join(', ')}` });
      continue;
    }
    if (!isRecord(value)) {
      problems.push({ file, at, message: 'localised text must be an object of locale → text' });
      continue;
    }
    const missing = keys.filter((k) => typeof value[k] !== 'string' || (value[k] as string).trim() === '');
    if (missing.length > 0)
      problems.push({
        file,
        at,
        message: `missing translation: ${missing.map((k) => (k === 'default' ? 'nl (default)' : k)).join(', ')}`,
      });
    const unknown = Object.keys(value).filter((k) => !keys.includes(k));
    if (unknown.length > 0) problems.push({ file, at, message: `unexpected locale key: ${unknown.join(', ')}` });
  }
  return problems;
}

/**
 * Names and codes that read the same in every language; anything else identical to the Dutch was not translated.
 * Keep this list short: a word that merely looks alike (scenario) is better rephrased than listed.
 */
export const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(['IKC', 'BSO', 'KDV', 'MR', 'OK', 'e-mail']);

/**
 * From scan model v2 on: no translation is a copy of the Dutch, so a language that fell back to Dutch by copy-paste
 * is caught. Texts without letters (numbers, punctuation) and the names and codes of `SAME_IN_EVERY_LANGUAGE` may.
 */
export function checkTranslated(
  file: string,
  survey: Record<string, unknown>,
  locales: ReadonlyArray<Locale>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { at, value } of collectLocalisable(survey)) {
    if (!isRecord(value) || typeof value.default !== 'string') continue;
    const dutch = value.default.trim();
    if (!/\p{L}/u.test(dutch) || SAME_IN_EVERY_LANGUAGE.has(dutch)) continue;
    const copies = locales
      .filter((l) => l !== 'nl')
      .filter((l) => typeof value[localeKey(l)] === 'string' && (value[localeKey(l)] as string).trim() === dutch);
    if (copies.length > 0)
      problems.push({ file, at, message: `not translated: ${copies.join(', ')} copies the Dutch "${dutch}"` });
  }
  return problems;
}
