import { describe, expect, it } from 'vitest';
import type { Perspective } from '../instruments/instrument-file';
import { model } from '../test-support/scoring-fixtures';
import { criterionGaps } from './gaps';
import { groupFigures } from './group-figures';
import { overallLevel } from './overall-level';
import type { CriterionScore } from './report-schema';

/** A shown cell with the given mean and n (the spread does not matter for the overall level). */
function cell(perspective: Perspective, mean: number, n: number): CriterionScore {
  const figures = groupFigures(Array(n).fill(mean), { count: 0, answered: n }, model);
  if (!figures) throw new Error('no figures');
  return { criterion: 'C5', perspective, ...figures, reliability: null };
}
const hidden = (perspective: Perspective): CriterionScore => ({ criterion: 'C5', perspective, suppressed: true });

function levelOf(cells: CriterionScore[], m = model) {
  return overallLevel('C5', cells, [], criterionGaps(cells, m), m);
}

describe('overallLevel', () => {
  it.each([
    {
      rule: 'parents below the evidence threshold keep a criterion at 2.0',
      cells: [cell('parents', 2.1, 64), cell('professionals', 2.6, 15)],
      level: 2,
      weighted: (0.35 * 2.1 + 0.2 * 2.6) / 0.55,
      sentence: '2.0: ouders 2.1 (n=64), medewerkers 2.6 (n=15); 3.0 niet gehaald omdat ouders onder 2.33 blijven',
    },
    {
      rule: 'parents at 3.0 with professionals close by earn 3.0',
      cells: [cell('parents', 2.8, 40), cell('professionals', 2.9, 12)],
      level: 3,
      weighted: (0.35 * 2.8 + 0.2 * 2.9) / 0.55,
      sentence: '3.0: ouders 2.8 (n=40), medewerkers 2.9 (n=12); 3.0 gedragen door ouders (2.80)',
    },
    {
      rule: 'professionals at 3.0 alone never give 3.0',
      cells: [cell('professionals', 3, 12)],
      level: 2,
      weighted: 3,
      sentence:
        '2.0: medewerkers 3.0 (n=12); gewogen gemiddelde 3.00 begrensd op 2.0; 3.0 niet gehaald omdat er geen cijfers van ouders of mystery guest zijn',
    },
    {
      rule: 'children at 3.0 alone are not evidence either',
      cells: [cell('children', 3, 30)],
      level: 2,
      weighted: 3,
      sentence:
        '2.0: kinderen 3.0 (n=30); gewogen gemiddelde 3.00 begrensd op 2.0; 3.0 niet gehaald omdat er geen cijfers van ouders of mystery guest zijn',
    },
    {
      rule: 'a professional–parent gap of exactly one band (0.67) blocks 3.0',
      cells: [cell('parents', 2.33, 20), cell('professionals', 3, 10)],
      level: 2,
      weighted: (0.35 * 2.33 + 0.2 * 3) / 0.55,
      sentence:
        '2.0: ouders 2.3 (n=20), medewerkers 3.0 (n=10); gewogen gemiddelde 2.57 begrensd op 2.0; 3.0 niet gehaald omdat medewerkers 0.67 hoger scoren dan ouders (grens 0.67)',
    },
    {
      rule: 'a gap just under a band lets parents at the threshold earn 3.0',
      cells: [cell('parents', 2.34, 20), cell('professionals', 3, 10)],
      level: 3,
      weighted: (0.35 * 2.34 + 0.2 * 3) / 0.55,
      sentence: '3.0: ouders 2.3 (n=20), medewerkers 3.0 (n=10); 3.0 gedragen door ouders (2.34)',
    },
    {
      rule: 'the mystery guest is evidence when parents are hidden, and an unknown gap does not block',
      cells: [hidden('parents'), cell('professionals', 2.8, 9), cell('mystery-guest', 3, 2)],
      level: 3,
      weighted: (0.2 * 2.8 + 0.3 * 3) / 0.5,
      sentence:
        '3.0: medewerkers 2.8 (n=9), mystery guest 3.0 (2 bezoeken); ouders telt niet mee (minder dan 5 respondenten of geen antwoorden); 3.0 gedragen door mystery guest (3.00)',
    },
    {
      rule: 'a weighted mean below the top edge is the only reason when both conditions hold',
      cells: [cell('parents', 2.4, 30), cell('children', 1.5, 40)],
      level: 2,
      weighted: (0.35 * 2.4 + 0.15 * 1.5) / 0.5,
      sentence:
        '2.0: ouders 2.4 (n=30), kinderen 1.5 (n=40); 3.0 niet gehaald omdat het gewogen gemiddelde (2.13) onder 2.33 blijft',
    },
    {
      rule: 'a low weighted mean gives 1.0',
      cells: [cell('parents', 1.2, 30), cell('mystery-guest', 1, 1)],
      level: 1,
      weighted: (0.35 * 1.2 + 0.3 * 1) / 0.65,
      sentence:
        '1.0: ouders 1.2 (n=30), mystery guest 1.0 (1 bezoek); 3.0 niet gehaald omdat ouders en mystery guest onder 2.33 blijven',
    },
  ])('$rule', ({ cells, level, weighted, sentence }) => {
    const result = levelOf(cells);
    expect(result.level).toBe(level);
    expect(result.weightedMean).toBeCloseTo(weighted, 9);
    expect(result.explanation.sentence).toBe(sentence);
  });

  it('caps the mean at the model value and names the failed condition', () => {
    const result = levelOf([cell('professionals', 3, 12)]);
    expect(result).toMatchObject({ capped: true, reportedMean: 2, level: 2 });
    expect(result.explanation.reasons).toContainEqual({ kind: 'cap', capAt: 2, because: ['no-evidence'] });
    expect(result.explanation.reasons).toContainEqual(
      expect.objectContaining({ kind: 'evidence', met: false, best: null }),
    );
  });

  it('renormalises the weights over the perspectives with figures', () => {
    const result = levelOf([cell('parents', 2, 10), cell('mystery-guest', 3, 1)]);
    const weights = result.explanation.reasons.flatMap((r) => (r.kind === 'perspective' ? [r.weight] : []));
    expect(weights[0]).toBeCloseTo(0.35 / 0.65, 9);
    expect(weights[1]).toBeCloseTo(0.3 / 0.65, 9);
  });

  it('never counts professionals as evidence, even when a model lists them', () => {
    const lenient = {
      ...model,
      level3: { ...model.level3, evidenceFrom: ['professionals' as const, 'parents' as const] },
    };
    expect(levelOf([cell('professionals', 3, 12)], lenient).level).toBe(2);
  });

  it('never gives 3.0 on a failed condition even when a model caps inside band 3', () => {
    const odd = { ...model, level3: { ...model.level3, otherwiseCapAt: 2.5 } };
    expect(levelOf([cell('professionals', 3, 12)], odd).level).toBe(2);
  });

  it('has no level when no perspective has figures, and says which were hidden', () => {
    const result = levelOf([hidden('parents'), hidden('professionals')]);
    expect(result).toMatchObject({ level: null, weightedMean: null, reportedMean: null });
    expect(result.explanation.sentence).toBe(
      'Geen niveau: geen perspectief met cijfers voor dit criterium; ouders en medewerkers tellen niet mee (minder dan 5 respondenten of geen antwoorden)',
    );
  });
});

describe('criterionGaps', () => {
  it('flags professionals a band above parents and says it in words', () => {
    const [gap] = criterionGaps([cell('parents', 1, 20), cell('professionals', 2.8, 8)], model);
    expect(gap).toMatchObject({ available: true, criterion: 'C5', flagged: true });
    expect(gap?.available && gap.gap).toBeCloseTo(1.8, 9);
    expect(gap?.available && gap.sentence).toBe('medewerkers zien 3.0, ouders ervaren 1.0 (verschil +1.80)');
  });

  it('reports a negative gap without flagging it', () => {
    const [gap] = criterionGaps([cell('parents', 2.9, 20), cell('professionals', 2, 8)], model);
    expect(gap).toMatchObject({ available: true, flagged: false });
    expect(gap?.available && gap.sentence).toBe('medewerkers zien 2.0, ouders ervaren 3.0 (verschil −0.90)');
  });

  it('gives no gap beside a hidden side, so the hidden mean cannot be worked out', () => {
    expect(criterionGaps([hidden('parents'), cell('professionals', 2, 8)], model)).toEqual([
      { available: false, criterion: 'C5', from: 'professionals', minus: 'parents', because: 'suppressed' },
    ]);
    expect(criterionGaps([cell('professionals', 2, 8)], model)).toEqual([
      { available: false, criterion: 'C5', from: 'professionals', minus: 'parents', because: 'missing' },
    ]);
  });
});
