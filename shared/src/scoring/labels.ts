import type { Perspective } from '../instruments/instrument-file';
import { PERSPECTIVE_NL } from '../vocabulary';
import type { Level } from './report-schema';

/** A whole level as the report writes it: 2 → "2.0". */
export const formatLevel = (level: number) => level.toFixed(1);

/** A mean as the report writes it beside a perspective: one decimal, a point as in the level scale. */
export const formatMean = (mean: number) => mean.toFixed(1);

/** "2.0", or "2.0, mogelijk 3.0" when the interval reaches another band. */
export function levelLabel(band: Level, possibleBands: ReadonlyArray<Level>): string {
  const others = possibleBands.filter((b) => b !== band).map(formatLevel);
  return others.length === 0 ? formatLevel(band) : `${formatLevel(band)}, mogelijk ${others.join(' of ')}`;
}

/** The perspective's name in a Dutch sentence (shared vocabulary: professionals are "medewerkers"). */
export const perspectiveName = (p: Perspective) => PERSPECTIVE_NL[p];

/** "ouders", "ouders en mystery guest", "ouders, kinderen en mystery guest". */
export function joinDutch(parts: ReadonlyArray<string>): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

const VERB: Record<Perspective, string> = {
  parents: 'ervaren',
  professionals: 'zien',
  children: 'ervaren',
  'mystery-guest': 'ziet',
};

/** How a perspective's view is said in the gap sentence: "medewerkers zien", "ouders ervaren". */
export const perspectiveVerb = (p: Perspective) => VERB[p];

/**
 * Rounds away floating-point dust (9 decimals) before a value meets a threshold, so 3 − 2.33 counts as the 0.67 it is
 * and a mean of three 2.33s stays in band 3.
 */
export const tidy = (x: number) => Math.round(x * 1e9) / 1e9;
