import { describe, expect, it } from 'vitest';
import { instrument, model, respond, scored } from '../test-support/scoring-fixtures';
import { buildAnswerMatrix } from './answer-matrix';
import { criterionReliability, cronbachAlpha, reliabilityLabel } from './cronbach-alpha';

describe('cronbachAlpha', () => {
  it('matches a hand-computed example', () => {
    // Item variances 0.9167 + 0.6667 + 0.3333 = 1.9167; totals 4, 6, 8, 9 have variance 4.9167;
    // α = 3/2 · (1 − 1.9167 / 4.9167) = 0.915254.
    const rows = [
      [1, 1, 2],
      [2, 2, 2],
      [3, 2, 3],
      [3, 3, 3],
    ];
    expect(cronbachAlpha(rows)).toBeCloseTo(0.915254, 6);
  });

  it('is negative when items pull in opposite directions', () => {
    expect(
      cronbachAlpha([
        [1, 3],
        [3, 1],
        [2, 3],
      ]),
    ).toBeCloseTo(-12, 6);
  });

  it.each([
    ['one item', [[1], [2], [3]]],
    ['one respondent', [[1, 2, 3]]],
    [
      'no variance in totals',
      [
        [2, 2],
        [2, 2],
        [2, 2],
      ],
    ],
  ])('is null with %s', (_, rows) => {
    expect(cronbachAlpha(rows)).toBeNull();
  });
});

describe('reliabilityLabel', () => {
  it.each([
    [0.85, 'good'],
    [0.8, 'good'],
    [0.75, 'acceptable'],
    [0.65, 'questionable'],
    [0.6, 'questionable'],
    [0.59, 'poor'],
  ] as const)('calls %s %s', (alpha, label) => {
    expect(reliabilityLabel(alpha, model)).toBe(label);
  });
});

describe('criterionReliability', () => {
  const file = instrument('p', 'parents', { a: scored('parents.c5.a', 'C5'), b: scored('parents.c5.b', 'C5') });

  it('uses only respondents who answered every item with a level, and needs the minimum group size', () => {
    const rows = [
      { a: 1, b: 1 },
      { a: 2, b: 2 },
      { a: 3, b: 3 },
      { a: 4, b: 3 },
      { a: 4, b: 4 },
      { a: 4, b: 'dk' },
      { a: 2 },
    ].map((answers) => respond(file, answers));
    const matrix = buildAnswerMatrix('parents', [file], rows);
    const r = criterionReliability(matrix, [0, 1], model);
    expect(r.respondents).toBe(5);
    expect(r.items).toBe(2);
    expect(r.alpha).toBeGreaterThan(0.9);
    expect(r.label).toBe('good');
    expect(r.reportItemsSeparately).toBe(false);

    const four = buildAnswerMatrix('parents', [file], rows.slice(0, 4));
    expect(criterionReliability(four, [0, 1], model)).toMatchObject({ respondents: 4, alpha: null, label: null });
  });

  it('asks for items one by one when alpha is below the model threshold', () => {
    const rows = [
      { a: 1, b: 4 },
      { a: 4, b: 1 },
      { a: 2, b: 3 },
      { a: 3, b: 2 },
      { a: 1, b: 3 },
    ].map((answers) => respond(file, answers));
    const r = criterionReliability(buildAnswerMatrix('parents', [file], rows), [0, 1], model);
    expect(r.alpha).toBeLessThan(0.6);
    expect(r).toMatchObject({ label: 'poor', reportItemsSeparately: true });
  });
});
