import { describe, expect, it } from 'vitest';
import { editableFields, transitionProblem } from './round-transitions';

describe('round transitions', () => {
  it.each([
    ['draft', 'open'],
    ['open', 'closed'],
    ['closed', 'reported'],
    ['closed', 'open'],
    ['reported', 'closed'],
  ] as const)('allow %s → %s', (from, to) => {
    expect(transitionProblem(from, to)).toBeUndefined();
  });

  it.each([
    ['draft', 'closed'],
    ['draft', 'reported'],
    ['open', 'reported'],
    ['open', 'draft'],
    ['reported', 'open'],
  ] as const)('refuse %s → %s with a reason', (from, to) => {
    expect(transitionProblem(from, to)).toMatch(/kan alleen naar/);
  });

  it('says a round is already in the status asked for', () => {
    expect(transitionProblem('open', 'open')).toBe('de ronde is al open');
  });

  it('lets an open round only move its closing date, and a closed one nothing', () => {
    expect(editableFields('open')).toEqual({ opensOn: false, closesOn: true, visits: true });
    expect(editableFields('closed').visits).toBe(false);
  });
});
