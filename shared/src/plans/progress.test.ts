import { describe, expect, it } from 'vitest';
import type { RoundComparison } from '../scoring/report-schema';
import { goalProgress } from './progress';

const change = (before: number, after: number, low: number, high: number) => ({
  before: { mean: before, n: 40 },
  after: { mean: after, n: 38 },
  change: after - before,
  interval: { low, high },
  df: 70,
  exceedsNoise: low > 0 || high < 0,
});

const comparison: RoundComparison = {
  confidence: 0.95,
  criteria: [
    { criterion: 'C5', perspective: 'parents', change: change(1.6, 2.1, 0.2, 0.8) },
    { criterion: 'C5', perspective: 'professionals', change: change(2.2, 2.3, -0.2, 0.4) },
    { criterion: 'C5', perspective: 'children', change: null },
    { criterion: 'C7', perspective: 'parents', change: change(1.2, 1.3, -0.1, 0.3) },
  ],
  overall: [
    { criterion: 'C5', before: { level: 1, mean: 1.6 }, after: { level: 2, mean: 2.1 }, levelChange: 1 },
    { criterion: 'C7', before: null, after: { level: 1, mean: 1.3 }, levelChange: null },
  ],
  items: [],
};

describe('goalProgress', () => {
  it('shows level before → after and each perspective’s change with its interval and noise verdict', () => {
    const p = goalProgress('C5', comparison);
    expect(p).toMatchObject({ before: 1, after: 2, levelChange: 1 });
    expect(p.perspectives.map((x) => [x.perspective, x.exceedsNoise])).toEqual([
      ['parents', true],
      ['professionals', false],
    ]);
    expect(p.sentence).toBe(
      '1.0 → 2.0; ouders +0.50 (95%-interval +0.20 tot +0.80), groter dan de ruis; medewerkers +0.10 (95%-interval −0.20 tot +0.40), binnen de ruis',
    );
  });

  it('says "geen gegevens" for a side without figures', () => {
    expect(goalProgress('C7', comparison).sentence).toMatch(/^geen gegevens → 1\.0; ouders/);
  });

  it('has nothing to say for a criterion the comparison does not cover', () => {
    expect(goalProgress('C2', comparison)).toMatchObject({
      before: null,
      after: null,
      sentence: 'geen gegevens → geen gegevens; geen vergelijkbare cijfers per perspectief',
    });
  });
});
