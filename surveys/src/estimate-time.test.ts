import { type InstrumentFile, InstrumentFileSchema } from '@driehoek/shared';
import { describe, expect, it } from 'vitest';
import { estimateSeconds } from './estimate-time';
import { estimatedMinutes, loadInstruments } from './index';

const norms = { authoring: { secondsPerItem: 15, secondsPerOpenQuestion: 60 } };

const radio = (name: string, values: string[], visibleIf?: string) => ({
  type: 'radiogroup',
  name,
  title: name,
  choices: values.map((value) => ({ value, text: value })),
  ...(visibleIf ? { visibleIf } : {}),
});

/** A questionnaire with a sector question, three school items, one childcare item and an open question. */
function routed(): InstrumentFile {
  return InstrumentFileSchema.parse({
    key: 'demo',
    version: 2,
    perspective: 'professionals',
    locales: ['nl'],
    survey: {
      pages: [
        {
          name: 'p',
          elements: [
            radio('sector', ['school', 'childcare', 'both']),
            radio('s1', ['1', '2'], "{sector} anyof ['school', 'both']"),
            radio('s2', ['1', '2'], "{sector} anyof ['school', 'both']"),
            radio('s3', ['1', '2'], "{sector} anyof ['school', 'both']"),
            radio('c1', ['1', '2'], "{sector} anyof ['childcare']"),
            { type: 'comment', name: 'open', title: 'open' },
          ],
        },
      ],
    },
    items: {
      sector: { concept: 'professionals.bg.sector', kind: 'background' },
      s1: { concept: 'professionals.c1.s1', kind: 'background', route: 'school' },
      s2: { concept: 'professionals.c1.s2', kind: 'background', route: 'school' },
      s3: { concept: 'professionals.c1.s3', kind: 'background', route: 'school' },
      c1: { concept: 'professionals.c1.c1', kind: 'background', route: 'childcare' },
      open: { concept: 'professionals.open.x', kind: 'open' },
    },
    routes: {
      school: { label: { nl: 'school', en: 'school' }, when: [{ sector: ['school', 'both'] }] },
      childcare: { label: { nl: 'opvang', en: 'childcare' }, when: [{ sector: ['childcare'] }] },
    },
  });
}

describe('the time a questionnaire takes', () => {
  it('counts the longest route: the answers that show the most routed questions', () => {
    // sector + s1..s3 (school or both) = 4 closed questions; childcare only would be 2. Plus one open question.
    expect(estimateSeconds(routed(), norms)).toBe(4 * 15 + 60);
  });

  it('counts every question of a questionnaire without routes', () => {
    const file = routed();
    const items = Object.fromEntries(Object.entries(file.items).map(([k, m]) => [k, { ...m, route: undefined }]));
    const plain = { ...file, items, routes: undefined };
    expect(estimateSeconds(plain, norms)).toBe(5 * 15 + 60);
  });

  it('states whole minutes, rounded up, for every registered questionnaire', () => {
    const professionals = loadInstruments().get('professionals', 2);
    expect(professionals).toBeDefined();
    if (!professionals) return;
    const minutes = estimatedMinutes(professionals);
    expect(minutes).toBe(Math.ceil(estimateSeconds(professionals, norms) / 60));
    expect(minutes).toBeLessThanOrEqual(20);
  });
});
