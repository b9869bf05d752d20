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
