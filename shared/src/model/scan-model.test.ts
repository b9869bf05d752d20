import { describe, expect, it } from 'vitest';
import { bandOf, tagProblem } from './scan-model';

const vocabularies = {
  core: { equal: { nl: 'gelijkwaardig', en: 'equal' } },
  pta: {},
  form: {},
  competence: {},
  component: {},
  marker: { mirror: { nl: 'spiegel', en: 'mirror' } },
};

describe('scan model helpers', () => {
  it('bands a mean by the edges the model gives', () => {
    const model = { bands: { about: 'x', edges: [1.67, 2.33] as [number, number] } };
    expect([1, 1.66, 1.67, 2.32, 2.33, 3].map((m) => bandOf(model, m))).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('accepts known tags and names the unknown ones', () => {
    expect(tagProblem(vocabularies, 'core:equal')).toBeUndefined();
    expect(tagProblem(vocabularies, 'mirror')).toBeUndefined();
    expect(tagProblem(vocabularies, 'core:unequal')).toContain('core:unequal');
    expect(tagProblem(vocabularies, 'nope:x')).toContain('vocabulary');
    expect(tagProblem(vocabularies, 'stray')).toContain('stray');
  });
});
