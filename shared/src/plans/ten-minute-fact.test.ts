import { describe, expect, it } from 'vitest';
import { tenMinuteFact } from './ten-minute-fact';

const model = { privacy: { minGroupSize: 5, minOpenAnswers: 10, about: '' } };
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('tenMinuteFact', () => {
  it('gives shares of those who answered, leaving out "weet ik niet"', () => {
    expect(tenMinuteFact(counts({ all: 2, some: 1, none: 1, 'no-start': 1, dk: 7 }), model)).toEqual({
      answered: 5,
      kept: 0.6,
      replaced: 0.2,
      noStartConversations: 0.2,
    });
  });

  it('shows nothing below the minimum group size, whatever the "weet ik niet" count', () => {
    expect(tenMinuteFact(counts({ all: 3, some: 1, dk: 20 }), model)).toBeNull();
    expect(tenMinuteFact(new Map(), model)).toBeNull();
  });
});
