import { bandOf, type ScanModel } from '../model/scan-model';
import { meanInterval } from '../scoring/confidence-interval';
import { bandsReached } from '../scoring/group-figures';
import { levelLabel, tidy } from '../scoring/labels';
import type { GroupFigures } from '../scoring/report-schema';

/** What a published cell gives away about its group: enough to pool it with others, nothing more. */
export type PoolableCell = Pick<GroupFigures, 'n' | 'mean' | 'sd' | 'levelShares' | 'dontKnowRate'>;

export type PoolModel = Pick<ScanModel, 'bands' | 'interval' | 'dontKnow' | 'scale'>;

/**
 * The figures of several groups taken together, from their published figures alone:
 * N = Σn; M = Σ n·mean / N; sd² = Σ[(n−1)·sd² + n·(mean−M)²] / (N−1) (the exact pooled sample variance, a group of
 * one contributing no spread of its own); the model's t interval on N, M and sd; band, possible bands and label as a
 * location's; level shares weighted by n. The dk rate is weighted by n too: a location's rate is dk answers over all
 * its answers, and those answer counts are not published, so this is an approximation of the pooled rate. Null for
 * no cells. Rounded to 9 decimals as `groupFigures` does.
 */
export function poolFigures(cells: ReadonlyArray<PoolableCell>, model: PoolModel): GroupFigures | null {
  const n = cells.reduce((sum, c) => sum + c.n, 0);
  if (cells.length === 0 || n === 0) return null;
  const raw = cells.reduce((sum, c) => sum + c.n * c.mean, 0) / n;
  const m = Math.min(model.scale.max, Math.max(model.scale.min, tidy(raw)));
  const squares = cells.reduce((sum, c) => sum + (c.n - 1) * (c.sd ?? 0) ** 2 + c.n * (c.mean - raw) ** 2, 0);
  const sd = n >= 2 ? tidy(Math.sqrt(squares / (n - 1))) : null;
  const interval = meanInterval({ n, mean: m, sd }, model.interval.confidence, model.scale);
  const tidied = interval && { low: tidy(interval.low), high: tidy(interval.high) };
  const band = bandOf(model, m);
  const possibleBands = tidied ? bandsReached(model, tidied.low, tidied.high) : [band];
  const share = (level: '1' | '2' | '3') => tidy(cells.reduce((sum, c) => sum + c.n * c.levelShares[level], 0) / n);
  const rated = cells.filter((c) => c.dontKnowRate !== null);
  const ratedN = rated.reduce((sum, c) => sum + c.n, 0);
  const dontKnowRate =
    ratedN > 0 ? tidy(rated.reduce((sum, c) => sum + c.n * (c.dontKnowRate ?? 0), 0) / ratedN) : null;
  return {
    suppressed: false,
    n,
    mean: m,
    sd,
    interval: tidied,
    confidence: model.interval.confidence,
    band,
    possibleBands,
    crossesBandEdge: possibleBands.length > 1,
    label: levelLabel(band, possibleBands),
    levelShares: { '1': share('1'), '2': share('2'), '3': share('3') },
    dontKnowRate,
    dontKnowFlag: dontKnowRate !== null && dontKnowRate >= model.dontKnow.flagRateAtLeast,
  };
}
