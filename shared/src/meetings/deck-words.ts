import type { ScanModel } from '../model/scan-model';
import type { Level } from '../scoring/report-schema';

/** "tweerichtingsverkeer": the name of a whole level, the part of the model's level text before the colon. */
export function levelWord(model: Pick<ScanModel, 'scale'>, level: Level): string {
  const text = model.scale.levels[String(level) as '1' | '2' | '3'].nl;
  return (text.split(':')[0] ?? text).trim().toLowerCase();
}

/** What a level means, without its name: the model's text after the colon. */
export function levelMeaning(model: Pick<ScanModel, 'scale'>, level: Level): string {
  const text = model.scale.levels[String(level) as '1' | '2' | '3'].nl;
  const at = text.indexOf(':');
  return upperFirst((at < 0 ? text : text.slice(at + 1)).trim());
}

/** "2.0 — tweerichtingsverkeer". */
export const levelPhrase = (model: Pick<ScanModel, 'scale'>, level: Level): string =>
  `${level}.0 — ${levelWord(model, level)}`;

/**
 * A share as "8 van de 10": a team reads that at a glance, where "76%" invites a discussion of decimals. Never
 * "0 van de 10" for a share above zero, nor "10 van de 10" below one.
 */
export function outOfTen(share: number): string {
  const tenths = Math.round(share * 10);
  const shown = share > 0 && tenths === 0 ? 1 : share < 1 && tenths === 10 ? 9 : tenths;
  return `${shown} van de 10`;
}

export const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** "a, b en c". */
export const listing = (parts: ReadonlyArray<string>): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
