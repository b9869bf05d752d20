import { describe, expect, it } from 'vitest';
import { editableFields, transitionProblem } from './round-transitions';

describe('round transitions', () => {
  it.each([
    ['draft', 'open'],
    ['open', 'closed'],
    ['closed', 'open'],
  ] as const)('allow %s → %s', (from, to) => {
    expect(transitionProblem(from, to)).toBeUndefined();
  });

  it.each([
    ['draft', 'closed'],
    ['open', 'draft'],
    ['closed', 'draft'],
  ] as const)('refuse %s → %s with a reason', (from, to) => {
    expect(transitionProblem(from, to)).toMatch(/kan alleen naar/);
  });

  it.each(['draft', 'open', 'closed'] as const)(
    'sends %s → reported to the report, where publishing happens',
    (from) => {
      expect(transitionProblem(from, 'reported')).toMatch(/publiceert u onder Rapport/);
    },
  );

  it.each(['draft', 'open', 'closed'] as const)('sends reported → %s to retracting the publication', (to) => {
    expect(transitionProblem('reported', to)).toMatch(/trek eerst de publicatie/);
  });

  it('says a round is already in the status asked for', () => {
    expect(transitionProblem('open', 'open')).toBe('de ronde is al open');
  });

  it('lets an open round only move its closing date, and a closed one nothing', () => {
    expect(editableFields('open')).toEqual({ opensOn: false, closesOn: true, visits: true });
    expect(editableFields('closed').visits).toBe(false);
  });
});
