import { describe, expect, it } from 'vitest';
import { fakeSummaryTexts, type PublishedFixture, publishedFixture } from '../test-support/summary-fixtures';
import { childrenSummary } from './children-summary';

const texts = fakeSummaryTexts();
const summaryOf = (f: PublishedFixture, plan: { goals: { criterion: 'C2' | 'C6'; goal: string }[] } | null = null) =>
  childrenSummary({ published: publishedFixture(f), minGroupSize: 5, texts, plan });

const childCells: PublishedFixture['cells'] = [
  { perspective: 'children', criterion: 'C3', mean: 2.7, n: 30 },
  { perspective: 'children', criterion: 'C2', mean: 1.4, n: 30 },
  { perspective: 'children', criterion: 'C6', mean: 2.1, n: 30 },
  { perspective: 'parents', criterion: 'C7', mean: 1.1, n: 40 },
];

describe('the children’s summary', () => {
  it.each<[string, PublishedFixture, string, string[], string | null]>([
    [
      'children shown: their own levels, best first, each with its sentence',
      { respondents: { parents: 40, children: 30 }, cells: childCells },
      'shown',
      ['C3 child-level-3', 'C6 child-level-2', 'C2 child-level-1'],
      null,
    ],
    [
      'children below the minimum: a plain sentence, no level at all',
      { respondents: { parents: 40, children: 'hidden' }, cells: childCells },
      'too-few',
      [],
      'child:tooFew',
    ],
    [
      'children counted but under the minimum in a snapshot that did not hide them',
      { respondents: { children: 4 }, cells: [{ perspective: 'children', criterion: 'C3', mean: 2.7, n: 4 }] },
      'too-few',
      [],
      'child:tooFew',
    ],
    [
      'no children’s questionnaire in the round',
      { respondents: { parents: 40 }, cells: childCells.slice(3) },
      'none',
      [],
      'child:none',
    ],
  ])('%s', (_name, fixture, state, said, message) => {
    const s = summaryOf(fixture);
    expect(s.said.state).toBe(state);
    expect(s.said.items.map((i) => `${i.criterion} ${i.sentence}`)).toEqual(said);
    expect(s.said.message).toBe(message);
    expect(s.said.items.every((i) => i.topic === `topic-${i.criterion}` && i.icon === 'heart')).toBe(true);
  });

  it.each<[string, PublishedFixture, Parameters<typeof summaryOf>[1], string[], string]>([
    [
      'the plan’s goals when there is a plan',
      { overall: { C7: 1 } },
      { goals: [{ criterion: 'C6', goal: 'x' }] },
      ['C6'],
      'child:doIntro',
    ],
    [
      'the report’s weakest criteria without a plan',
      { overall: { C7: 1, C2: 2, C3: 3 } },
      null,
      ['C7', 'C2'],
      'child:doIntro',
    ],
    ['nothing yet: a plain sentence', { overall: { C3: 3 } }, null, [], 'child:doNone'],
  ])('what we will do — %s', (_name, fixture, plan, items, lead) => {
    const s = summaryOf(fixture, plan);
    expect(s.doing.items.map((i) => i.criterion)).toEqual(items);
    expect(s.doing.lead).toBe(lead);
  });

  it('never carries an open answer or the researcher’s words', () => {
    const s = summaryOf({
      respondents: { children: 30 },
      cells: childCells,
      strengths: 'ONDERZOEKER-TEKST',
      openAnswers: [{ shown: true, perspective: 'children', answers: [{ question: 'q', text: 'KIND-ANTWOORD' }] }],
    });
    expect(JSON.stringify(s)).not.toMatch(/ONDERZOEKER-TEKST|KIND-ANTWOORD/);
    expect(s.intro).toBe('child:intro IKC De Vlinder');
  });
});
