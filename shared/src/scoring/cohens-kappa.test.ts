import { describe, expect, it } from 'vitest';
import { cohensKappa, type TickCategory } from './cohens-kappa';

/** `count` copies of the pair (a, b). */
const times = (count: number, a: TickCategory, b: TickCategory) => Array.from({ length: count }, () => [a, b] as const);

describe('cohensKappa', () => {
  it.each([
    {
      rule: 'perfect agreement over several answers is 1',
      // pₒ = 1; pₑ = .5·.5 + .25·.25 + .25·.25 = .375.
      pairs: [...times(2, 'yes', 'yes'), ...times(1, 'no', 'no'), ...times(1, 'partly', 'partly')],
      figures: { ticks: 4, observedAgreement: 1, expectedAgreement: 0.375, kappa: 1 },
    },
    {
      rule: 'agreement at chance level is 0',
      // A: yes yes no no; B: yes no yes no → pₒ = .5, pₑ = .5·.5 + .5·.5 = .5.
      pairs: [
        ['yes', 'yes'],
        ['yes', 'no'],
        ['no', 'yes'],
        ['no', 'no'],
      ] as const,
      figures: { ticks: 4, observedAgreement: 0.5, expectedAgreement: 0.5, kappa: 0 },
    },
    {
      rule: 'two categories, hand-computed',
      // pₒ = 8/10; A yes .6 no .4, B yes .6 no .4 → pₑ = .36 + .16 = .52; κ = .28/.48.
      pairs: [...times(5, 'yes', 'yes'), ...times(1, 'yes', 'no'), ...times(1, 'no', 'yes'), ...times(3, 'no', 'no')],
      figures: { ticks: 10, observedAgreement: 0.8, expectedAgreement: 0.52, kappa: 0.583333333 },
    },
    {
      rule: 'three categories, hand-computed',
      // pₒ = 8/10; A yes .5 partly .3 no .2, B yes .4 partly .3 no .3 → pₑ = .2 + .09 + .06 = .35; κ = .45/.65.
      pairs: [
        ...times(4, 'yes', 'yes'),
        ...times(1, 'yes', 'partly'),
        ...times(2, 'partly', 'partly'),
        ...times(1, 'partly', 'no'),
        ...times(2, 'no', 'no'),
      ],
      figures: { ticks: 10, observedAgreement: 0.8, expectedAgreement: 0.35, kappa: 0.692307692 },
    },
    {
      rule: 'complete disagreement between two answers is −1',
      pairs: [
        ['yes', 'no'],
        ['no', 'yes'],
      ] as const,
      figures: { ticks: 2, observedAgreement: 0, expectedAgreement: 0.5, kappa: -1 },
    },
    {
      rule: 'raters who each used one answer, a different one, agree no better than chance',
      pairs: times(3, 'yes', 'no'),
      figures: { ticks: 3, observedAgreement: 0, expectedAgreement: 0, kappa: 0 },
    },
    {
      rule: 'both raters using one and the same answer: agreement perfect, kappa undefined',
      pairs: times(5, 'yes', 'yes'),
      figures: { ticks: 5, observedAgreement: 1, expectedAgreement: 1, kappa: null },
    },
    {
      rule: 'no ticks both answered: nothing to say',
      pairs: [],
      figures: { ticks: 0, observedAgreement: null, expectedAgreement: null, kappa: null },
    },
  ])('$rule', ({ pairs, figures }) => {
    expect(cohensKappa(pairs)).toEqual(figures);
  });

  it('does not depend on which rater is A', () => {
    const pairs = [...times(4, 'yes', 'yes'), ...times(1, 'yes', 'partly'), ...times(2, 'no', 'partly')];
    const swapped = pairs.map(([a, b]) => [b, a] as const);
    expect(cohensKappa(swapped).kappa).toBe(cohensKappa(pairs).kappa);
  });
});
