import type { Level, Perspective, ReliabilityLabel, ScanModel } from '@driehoek/shared';
import { formatDutchDate } from '@driehoek/shared';

/** Dutch names of the perspectives, as the report uses them in running text. */
export const PERSPECTIVE_NL: Record<Perspective, string> = {
  parents: 'ouders',
  professionals: 'professionals',
  children: 'kinderen',
  'mystery-guest': 'mystery guest',
};

export const PERSPECTIVE_ORDER: Perspective[] = ['parents', 'professionals', 'children', 'mystery-guest'];

/** Capitalised, for headings and table cells. */
export const perspectiveTitle = (p: Perspective): string => {
  const name = PERSPECTIVE_NL[p];
  return name.charAt(0).toUpperCase() + name.slice(1);
};

export const RELIABILITY_NL: Record<ReliabilityLabel, string> = {
  good: 'goed',
  acceptable: 'acceptabel',
  questionable: 'twijfelachtig',
  poor: 'zwak',
};

export const ROUND_KIND_NL = { baseline: 'Nulmeting', follow_up: 'Vervolgmeting' } as const;

export const ROUND_STATUS_NL = {
  draft: 'in voorbereiding',
  open: 'open: de cijfers zijn voorlopig',
  closed: 'gesloten',
  reported: 'gerapporteerd',
} as const;

/** "Tweerichtingsverkeer": the name of a whole level, the part of the model's level text before the colon. */
export function levelName(model: ScanModel, level: Level): string {
  const text = model.scale.levels[String(level) as '1' | '2' | '3'].nl;
  const name = text.split(':')[0] ?? text;
  return name.trim().toLowerCase();
}

/** "Niveau 2.0 — tweerichtingsverkeer". */
export const levelHeading = (model: ScanModel, level: Level): string =>
  `Niveau ${level.toFixed(1)} — ${levelName(model, level)}`;

/** A mean on the 1–3 scale with two decimals and a decimal point, as the method writes levels (2.0, 2.33). */
export const fmtMean = (x: number): string => x.toFixed(2);

export const fmtPercent = (share: number): string => `${Math.round(share * 100)}%`;

export const fmtSigned = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

/** "9 november 2026" from "2026-11-09" (or a full ISO timestamp). */
export const fmtDate = (isoDate: string): string => formatDutchDate(isoDate.slice(0, 10));
