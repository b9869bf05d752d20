import { describe, expect, it } from 'vitest';
import { model } from '../test-support/scoring-fixtures';
import { respondentCount, responseRateLabel } from './response-rates';

describe('responseRateLabel', () => {
  it.each([
    [0, 0],
    [0.29, 0],
    [0.3, 1],
    [0.49, 1],
    [0.5, 2],
    [1.2, 2],
  ])('labels a rate of %s with label %s', (rate, label) => {
    expect(responseRateLabel(rate, model)).toBe(label);
  });
});

describe('respondentCount', () => {
  it('measures parents against families, children against pupils of groups 5–8, professionals against staff', () => {
    const denominators = { families: 80, pupils812: 40, professionals: 10 };
    expect(respondentCount('parents', { complete: 20, partial: 3 }, denominators, model)).toMatchObject({
      rate: 0.25,
      denominator: { kind: 'families', count: 80 },
      label: { nl: 'indicatief' },
    });
    expect(respondentCount('children', { complete: 20, partial: 0 }, denominators, model)).toMatchObject({
      rate: 0.5,
      label: { nl: 'goed' },
    });
    expect(respondentCount('professionals', { complete: 4, partial: 0 }, denominators, model)).toMatchObject({
      rate: 0.4,
      label: { nl: 'redelijk' },
    });
  });

  it('has no rate without a usable denominator', () => {
    expect(respondentCount('parents', { complete: 20, partial: 0 }, { families: 0 }, model)).toMatchObject({
      denominator: null,
      rate: null,
      labelIndex: null,
      label: null,
    });
  });
});
