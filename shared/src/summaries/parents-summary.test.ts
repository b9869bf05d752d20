import { describe, expect, it } from 'vitest';
import { LocaleSchema } from '../contracts/common';
import { fakeSummaryTexts, type PublishedFixture, publishedFixture } from '../test-support/summary-fixtures';
import { parentsSummary } from './parents-summary';

const texts = fakeSummaryTexts();
const MIN = 5;
const summaryOf = (
  f: PublishedFixture,
  locale: 'nl' | 'en' | 'ar' | 'tr' | 'pl' | 'uk' = 'nl',
  plan = null as null | { goals: { criterion: 'C5' | 'C7'; goal: string }[] },
) => parentsSummary({ published: publishedFixture(f), minGroupSize: MIN, texts, plan, locale });

/** Every criterion the summary names, wherever it names it. */
const namedIn = (s: ReturnType<typeof parentsSummary>) => ({
  told: s.told.groups.flatMap((g) => g.criteria.map((c) => c.criterion)),
  well: s.well.criteria.map((c) => c.criterion),
  work: s.work.items.map((c) => c.criterion),
});

describe('the parents’ summary', () => {
  it.each<[string, PublishedFixture, number[], string[]]>([
    [
      'parents shown, with families: the count and the families in ten',
      { respondents: { parents: 40 }, families: 80 },
      [40, 5],
      ['nl:heardCount 40', 'nl:heardRate 5'],
    ],
    ['parents shown, no families known: the count only', { respondents: { parents: 40 } }, [40], ['nl:heardCount 40']],
    [
      'two parents of some families: no rate above ten in ten',
      { respondents: { parents: 90 }, families: 60 },
      [90],
      ['nl:heardCount 90'],
    ],
    ['parents suppressed: no figure, a sentence why', { respondents: { parents: 'hidden' } }, [], ['nl:heardTooFew']],
    [
      'a snapshot under another rule (4 parents not marked hidden): still no figure',
      { respondents: { parents: 4 }, families: 8 },
      [],
      ['nl:heardTooFew'],
    ],
    [
      'professionals shown beside hidden parents: their count is never stated',
      { respondents: { parents: 'hidden', professionals: 12 } },
      [],
      ['nl:heardTooFew', 'nl:heardOthers'],
    ],
    [
      'no parents’ questionnaire: nothing said of parents',
      { respondents: { professionals: 12 } },
      [],
      ['nl:heardOthers'],
    ],
  ])('who took part — %s', (_name, fixture, figures, lines) => {
    const s = summaryOf(fixture);
    expect(s.figures).toEqual(figures);
    expect(s.heard.lines).toEqual(lines);
  });

  it.each<[string, PublishedFixture, Record<1 | 2 | 3, string[]>]>([
    [
      'parents’ own levels grouped high to low, strongest first',
      {
        cells: [
          { perspective: 'parents', criterion: 'C3', mean: 2.6, n: 40 },
          { perspective: 'parents', criterion: 'C5', mean: 2.9, n: 40 },
          { perspective: 'parents', criterion: 'C7', mean: 1.2, n: 40 },
          { perspective: 'parents', criterion: 'C1', mean: 2.0, n: 40 },
        ],
      },
      { 3: ['C5', 'C3'], 2: ['C1'], 1: ['C7'] },
    ],
    [
      'a suppressed parents’ cell contributes nothing',
      {
        cells: [
          { perspective: 'parents', criterion: 'C3', mean: 2.6, n: 40 },
          { perspective: 'parents', criterion: 'C7', suppressed: true },
        ],
      },
      { 3: ['C3'], 2: [], 1: [] },
    ],
    [
      'a cell below the minimum that was not marked hidden contributes nothing',
      { cells: [{ perspective: 'parents', criterion: 'C3', mean: 2.6, n: 4 }] },
      { 3: [], 2: [], 1: [] },
    ],
    [
      'other perspectives never speak for parents',
      {
        cells: [
          { perspective: 'professionals', criterion: 'C3', mean: 2.9, n: 12 },
          { perspective: 'children', criterion: 'C5', mean: 1.1, n: 30 },
        ],
      },
      { 3: [], 2: [], 1: [] },
    ],
  ])('what parents told us — %s', (_name, fixture, byLevel) => {
    const s = summaryOf(fixture);
    for (const level of [1, 2, 3] as const) {
      const group = s.told.groups.find((g) => g.level === level);
      expect(group?.criteria.map((c) => c.criterion) ?? [], `level ${level}`).toEqual(byLevel[level]);
      if (group) expect(group.lead).toBe(`nl:level-${level}`);
    }
    expect(s.told.empty).toBe(s.told.groups.length === 0 ? 'nl:toldNone' : null);
  });

  it('never carries an open answer, shown to readers of the report or not', () => {
    const s = summaryOf({
      respondents: { parents: 40 },
      openAnswers: [
        { shown: true, perspective: 'parents', answers: [{ question: 'open_change', text: 'GOEDGEKEURD-ANTWOORD' }] },
        { shown: false, perspective: 'professionals' },
      ],
    });
    expect(JSON.stringify(s)).not.toContain('GOEDGEKEURD-ANTWOORD');
    expect(JSON.stringify(s)).not.toContain('open_change');
  });

  it.each(LocaleSchema.options.map((l) => [l, l === 'ar' ? 'rtl' : 'ltr'] as const))(
    'writes %s %s, every text in that language',
    (locale, dir) => {
      const s = summaryOf({ respondents: { parents: 40 }, cells: [], overall: { C3: 3 } }, locale);
      expect(s.dir).toBe(dir);
      expect(s.title).toBe(`${locale}:title`);
      expect(s.intro).toBe(`${locale}:intro IKC De Vlinder`);
      expect(s.well.criteria).toEqual([{ criterion: 'C3', name: `${locale}:criterion-C3` }]);
      expect(s.basedOn).toBe(`${locale}:basedOn 23 ${locale}-m11 2026`);
      expect(s.languages.options.map((o) => o.locale)).toEqual(LocaleSchema.options);
    },
  );

  it.each([
    ['nl', true, null],
    ['en', false, 'en:ownWordsInDutch'],
    ['ar', false, 'ar:ownWordsInDutch'],
  ] as const)('shows the researcher’s Dutch words only in Dutch (%s)', (locale, shown, note) => {
    const s = summaryOf(
      { overall: { C3: 3, C7: 1 }, strengths: 'WARM WELKOM', improvements: 'DOSSIER OPENEN' },
      locale,
    );
    expect(JSON.stringify(s).includes('WARM WELKOM')).toBe(shown);
    expect(JSON.stringify(s).includes('DOSSIER OPENEN')).toBe(shown);
    expect(s.ownWordsNote).toBe(note);
  });

  it.each<
    [string, PublishedFixture, Parameters<typeof summaryOf>[2], { well: string[]; work: string[]; source: string }]
  >([
    [
      'no plan: the report’s weakest criteria, lowest level first',
      { overall: { C1: 2, C3: 3, C5: 2, C7: 1, C9: 3 } },
      null,
      { well: ['C3', 'C9'], work: ['C7', 'C1', 'C5'], source: 'report' },
    ],
    [
      'the researcher’s adjusted level counts, not the computed one',
      { overall: { C3: 2, C7: 1 }, adjusted: { C3: 3 } },
      null,
      { well: ['C3'], work: ['C7'], source: 'report' },
    ],
    [
      'a plan with goals: its goals, whatever the report says',
      { overall: { C1: 1, C5: 2, C7: 2 } },
      {
        goals: [
          { criterion: 'C7', goal: '' },
          { criterion: 'C5', goal: 'Startgesprekken' },
        ],
      },
      { well: [], work: ['C5', 'C7'], source: 'plan' },
    ],
    [
      'everything at 3.0 and no plan: nothing to work on',
      { overall: { C1: 3 } },
      null,
      { well: ['C1'], work: [], source: 'none' },
    ],
  ])('does well and will work on — %s', (_name, fixture, plan, expected) => {
    const s = summaryOf(fixture, 'nl', plan);
    const named = namedIn(s);
    expect({ well: named.well, work: named.work, source: s.work.source }).toEqual(expected);
  });

  it('gives the team’s goal in its own words in Dutch, and only there', () => {
    const plan = { goals: [{ criterion: 'C5' as const, goal: 'Elk kind heeft een startgesprek' }] };
    const nl = summaryOf({ overall: { C5: 2 } }, 'nl', plan);
    const tr = summaryOf({ overall: { C5: 2 } }, 'tr', plan);
    expect(nl.work.items[0]?.ownWords).toEqual({ lead: 'nl:teamGoal', text: 'Elk kind heeft een startgesprek' });
    expect(tr.work.items[0]).toEqual({ criterion: 'C5', name: 'tr:criterion-C5', ownWords: null });
    expect(tr.ownWordsNote).toBe('tr:ownWordsInDutch');
  });
});
