import type { Level, Perspective, ReliabilityLabel, ScanModel } from '@driehoek/shared';
import { capitalised, formatDutchDate, PERSPECTIVE_NL, ROUND_STATUS_NL } from '@driehoek/shared';

export { PERSPECTIVE_NL, PERSPECTIVE_ORDER } from '@driehoek/shared';

/** Capitalised, for headings and table cells. */
export const perspectiveTitle = (p: Perspective): string => {
  return capitalised(PERSPECTIVE_NL[p]);
};

export const RELIABILITY_NL: Record<ReliabilityLabel, string> = {
  good: 'goed',
  acceptable: 'acceptabel',
  questionable: 'twijfelachtig',
  poor: 'zwak',
};

/** The round's status in the report's heading; an open round's figures can still change. */
export const roundStatusLine = (status: keyof typeof ROUND_STATUS_NL): string =>
  status === 'open' ? `${ROUND_STATUS_NL.open}: de cijfers zijn voorlopig` : ROUND_STATUS_NL[status];

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
