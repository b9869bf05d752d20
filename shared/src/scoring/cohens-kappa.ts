import { tidy } from './labels';

/** The answers a kappa compares: "niet waargenomen" is missing data, so it is no category. */
export type TickCategory = 'yes' | 'partly' | 'no';

const CATEGORIES: ReadonlyArray<TickCategory> = ['yes', 'partly', 'no'];

export type KappaFigures = {
  ticks: number;
  observedAgreement: number | null;
  expectedAgreement: number | null;
  kappa: number | null;
};

/**
 * Cohen's kappa over pairs of answers (rater A, rater B): κ = (pₒ − pₑ) / (1 − pₑ), with pₒ the share of pairs that
 * agree and pₑ = Σ pA(k)·pB(k) the agreement expected from each rater's own answer shares. Null without pairs, and
 * when pₑ = 1 (both raters gave one and the same answer throughout): agreement is then perfect but says nothing about
 * chance, so the observed agreement is what to report.
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [TickCategory, TickCategory]>): KappaFigures {
  const n = pairs.length;
  if (n === 0) return { ticks: 0, observedAgreement: null, expectedAgreement: null, kappa: null };
  const a = new Map<TickCategory, number>();
  const b = new Map<TickCategory, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
    if (x === y) agree++;
  }
  // Counts, not shares, until the end: κ = (n·agree − Σ aₖbₖ) / (n² − Σ aₖbₖ), so no rounding carries into κ.
  const chance = CATEGORIES.reduce((sum, k) => sum + (a.get(k) ?? 0) * (b.get(k) ?? 0), 0);
  const kappa = chance === n * n ? null : tidy((n * agree - chance) / (n * n - chance));
  return { ticks: n, observedAgreement: tidy(agree / n), expectedAgreement: tidy(chance / (n * n)), kappa };
}
