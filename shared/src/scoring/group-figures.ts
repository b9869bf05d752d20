import { mean, sampleStandardDeviation } from 'simple-statistics';
import { bandOf, type ScanModel } from '../model/scan-model';
import { meanInterval } from './confidence-interval';
import { levelLabel, tidy } from './labels';
import type { GroupFigures, Level } from './report-schema';

export type FiguresModel = Pick<ScanModel, 'bands' | 'interval' | 'dontKnow' | 'scale'>;

/** The bands an interval reaches, the mean's own band included, ascending. */
export function bandsReached(model: Pick<ScanModel, 'bands'>, low: number, high: number): Level[] {
  const out: Level[] = [];
  for (let b = bandOf(model, low); b <= bandOf(model, high); b++) out.push(b as Level);
  return out;
}

/**
 * Figures of a group from its members' own means: the mean of means, n, sample sd, the model's t interval, the band
 * with the bands the interval also reaches, the share of members in each band, and the dk rate. Null for no members.
 * Figures are rounded to 9 decimals so the order of respondents never shows in the last digit.
 */
export function groupFigures(
  means: ReadonlyArray<number>,
  dontKnow: { count: number; answered: number },
  model: FiguresModel,
): GroupFigures | null {
  if (means.length === 0) return null;
  const n = means.length;
  // Summation can stray a hair past the scale's ends; a mean never leaves it.
  const m = Math.min(model.scale.max, Math.max(model.scale.min, tidy(mean(means as number[]))));
  const sd = n >= 2 ? tidy(sampleStandardDeviation(means as number[])) : null;
  const raw = meanInterval({ n, mean: m, sd }, model.interval.confidence, model.scale);
  const interval = raw && { low: tidy(raw.low), high: tidy(raw.high) };
  const band = bandOf(model, m);
  const possibleBands = interval ? bandsReached(model, interval.low, interval.high) : [band];
  const shares = { 1: 0, 2: 0, 3: 0 };
  for (const x of means) shares[bandOf(model, x)]++;
  const dontKnowRate = dontKnow.answered > 0 ? dontKnow.count / dontKnow.answered : null;
  return {
    suppressed: false,
    n,
    mean: m,
    sd,
    interval,
    confidence: model.interval.confidence,
    band,
    possibleBands,
    crossesBandEdge: possibleBands.length > 1,
    label: levelLabel(band, possibleBands),
    levelShares: { '1': shares[1] / n, '2': shares[2] / n, '3': shares[3] / n },
    dontKnowRate,
    dontKnowFlag: dontKnowRate !== null && dontKnowRate >= model.dontKnow.flagRateAtLeast,
  };
}
