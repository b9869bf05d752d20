import { describe, expect, it } from 'vitest';
import { instrument, model, respond, scored } from '../test-support/scoring-fixtures';
import { buildAnswerMatrix } from './answer-matrix';
import { criterionScores } from './criterion-scores';
import { itemSummaries } from './item-summaries';

const file = instrument('p', 'parents', {
  a: scored('parents.c5.a', 'C5'),
  b: scored('parents.c5.b', 'C5'),
  c: scored('parents.c5.c', 'C5'),
  x: scored('parents.c7.x', 'C7'),
  bg: { concept: 'parents.bg.group', kind: 'background' },
});

describe('criterionScores', () => {
  // Respondent means on C5: (3 + 2.33) / 2 = 2.665; only dk → not counted; (1 + 1.67 + 1) / 3 = 1.2233; 3.
  const rows = [
    { a: 4, b: '3', c: 'dk', x: 2 },
    { a: 'dk', b: 'dk', c: 'dk', bg: '7' },
    { a: 1, b: 2, c: 1 },
    { a: 4, b: 4, c: 4, x: 'dk' },
  ].map((answers) => respond(file, answers));
  const matrix = buildAnswerMatrix('parents', [file], rows);
  const [c5, c7] = criterionScores(matrix, model);

  it("averages the respondents' criterion means, leaving out respondents with only don't-know", () => {
    expect(c5).toMatchObject({ criterion: 'C5', perspective: 'parents', suppressed: false, n: 3 });
    expect(!c5?.suppressed && c5?.mean).toBeCloseTo(2.296111, 6);
    expect(!c5?.suppressed && c5?.sd).toBeCloseTo(0.944031, 6);
  });

  it('bands the mean and says which other bands the interval reaches', () => {
    // t(2) = 4.3027 makes the interval 2.296 ± 2.345, clamped to the whole scale.
    expect(c5).toMatchObject({
      band: 2,
      interval: { low: 1, high: 3 },
      possibleBands: [1, 2, 3],
      crossesBandEdge: true,
      label: '2.0, mogelijk 1.0 of 3.0',
    });
  });

  it('shares respondents out over the bands of their own means', () => {
    expect(!c5?.suppressed && c5?.levelShares).toEqual({ '1': 1 / 3, '2': 0, '3': 2 / 3 });
  });

  it("counts don't-know against all answers to the criterion's items and flags it at the model rate", () => {
    // 4 dk of 12 answers.
    expect(c5).toMatchObject({ dontKnowRate: 4 / 12, dontKnowFlag: true });
  });

  it('gives a single respondent a mean but no interval', () => {
    expect(c7).toMatchObject({ n: 1, mean: 1.67, sd: null, interval: null, label: '2.0', dontKnowRate: 0.5 });
  });

  it('leaves out criteria without items in the perspective', () => {
    expect(criterionScores(matrix, model).map((c) => c.criterion)).toEqual(['C5', 'C7']);
  });
});

describe('itemSummaries', () => {
  it('counts every option, dk included, and averages the levels of the scored ones', () => {
    const matrix = buildAnswerMatrix(
      'parents',
      [file],
      [{ a: 4 }, { a: '4' }, { a: 'dk' }, { a: 1 }, { a: 'elf' }, {}].map((answers) => respond(file, answers)),
    );
    const [a] = itemSummaries(matrix, model);
    // 'elf' is not an option and an empty answer is no answer: 4 answers, 3 with a level (3, 3, 1).
    expect(a).toMatchObject({ item: 'a', concept: 'parents.c5.a', n: 4, nScored: 3, dontKnowRate: 0.25 });
    expect(!a?.suppressed && a?.mean).toBeCloseTo(7 / 3, 9);
    expect(!a?.suppressed && a?.options.map((o) => [o.value, o.count])).toEqual([
      ['1', 1],
      ['2', 0],
      ['3', 0],
      ['4', 2],
      ['dk', 1],
    ]);
  });
});
