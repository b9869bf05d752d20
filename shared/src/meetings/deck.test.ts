import { describe, expect, it } from 'vitest';
import type { DeckBlock, Slide, SlideKey } from '../contracts/meetings';
import type { BasicForms } from '../scoring/report-schema';
import { type PublishedSpec, publishedReport } from '../test-support/published-report';
import { model } from '../test-support/scoring-fixtures';
import { buildDeck } from './deck';
import { outOfTen } from './deck-words';
import { PRIORITY_QUESTION } from './discussion-questions';

const deckOf = (spec: PublishedSpec = {}) => buildDeck(publishedReport(spec), model);
const slide = (spec: PublishedSpec, key: SlideKey): Slide => {
  const found = deckOf(spec).slides.find((s) => s.key === key);
  if (!found) throw new Error(`no slide ${key}`);
  return found;
};
const pointsOf = (s: Slide) =>
  s.blocks.flatMap((b) => (b.type === 'points' ? b.points.map((p) => `${p.title ?? ''}|${p.text}`) : []));
const titlesOf = (s: Slide) => s.blocks.flatMap((b) => (b.type === 'points' ? b.points.map((p) => p.title ?? '') : []));
const texts = (blocks: DeckBlock[]) => JSON.stringify(blocks);

describe('the feedback meeting deck', () => {
  it('has the ten slides in order, each with a title and presenter notes', () => {
    const deck = deckOf();
    expect(deck.slides.map((s) => s.key)).toEqual([
      'title',
      'reading',
      'triangle',
      'strengths',
      'improvements',
      'gaps',
      'basic-forms',
      'reach',
      'summary',
      'questions',
    ]);
    for (const s of deck.slides) {
      expect(s.title.length, s.key).toBeGreaterThan(0);
      expect(s.notes.length, s.key).toBeGreaterThan(0);
    }
    expect(deck.slides[0]?.title).toBe('Ouderbetrokkenheid bij Locatie Noord');
  });

  it('explains the three levels in the model words', () => {
    const levels = slide({}, 'reading').blocks.find((b) => b.type === 'levels');
    expect(levels?.type === 'levels' && levels.levels.map((l) => `${l.level} ${l.name}`)).toEqual([
      '1 Eenrichtingsverkeer',
      '2 Tweerichtingsverkeer',
      '3 Samenwerking',
    ]);
  });

  it.each<[string, PublishedSpec, string[]]>([
    [
      'criteria at 3.0 first, strongest first',
      { levels: { C3: { level: 3, mean: 2.6 }, C5: { level: 3, mean: 2.9 } } },
      ['Gelijkwaardige gesprekken', 'Welkom'],
    ],
    [
      'then where parents already experience collaboration',
      { levels: { C3: { level: 3 }, C4: { level: 2, mean: 2.2 } }, cells: { C4: { parents: 2.5 } } },
      ['Welkom', 'Samen leren'],
    ],
    [
      'a hidden parents group is no evidence of anything',
      { levels: { C4: { level: 2, mean: 2.2 } }, cells: { C4: { parents: 'hidden' } } },
      ['Samen leren'],
    ],
  ])('strengths: %s', (_, spec, first) => {
    const titles = titlesOf(slide(spec, 'strengths'));
    expect(titles.slice(0, first.length)).toEqual(first);
    expect(titles.length).toBeLessThanOrEqual(3);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each<[string, PublishedSpec, string[]]>([
    [
      'criteria at 1.0 first, weakest first, with the next step',
      { levels: { C7: { level: 1, mean: 1.1 }, C2: { level: 1, mean: 1.5 } } },
      ['Open dossier', 'Inspraak in beleid'],
    ],
    [
      'then a gap of a level or more',
      { levels: { C7: { level: 1 } }, cells: { C9: { professionals: 2.9, parents: 1.6 } } },
      ['Open dossier', 'Afgesproken aanwezigheid'],
    ],
    [
      'one point per criterion',
      { levels: { C7: { level: 1 } }, cells: { C7: { professionals: 2.4, parents: 1.1 } } },
      ['Open dossier'],
    ],
  ])('improvements: %s', (_, spec, first) => {
    const titles = titlesOf(slide(spec, 'improvements'));
    expect(titles.slice(0, first.length)).toEqual(first);
    expect(titles.length).toBe(3);
    expect(new Set(titles).size).toBe(3);
  });

  it('gives the step to 2.0 for a criterion at 1.0, from the rubric', () => {
    const [first] = pointsOf(slide({ levels: { C7: { level: 1 } } }, 'improvements'));
    expect(first).toMatch(/^Open dossier\|Nu nog eenrichtingsverkeer \(1\.0\)\. Een volgende stap: /);
  });

  it.each<[string, PublishedSpec['cells'], string[]]>([
    ['none worth talking about', { C1: { professionals: 2.1, parents: 2.0 } }, []],
    [
      'a level apart',
      { C1: { professionals: 2.9, parents: 1.5 } },
      [
        'Gedeelde visie|Medewerkers zien 3.0, ouders ervaren 1.0: medewerkers zijn positiever dan ouders. Dat is een niveau of meer verschil.',
      ],
    ],
    [
      'within one level, parents more positive',
      { C2: { professionals: 1.9, parents: 2.3 } },
      ['Inspraak in beleid|Beide rond 2.0, maar ouders zijn positiever dan medewerkers.'],
    ],
    [
      'widest first',
      { C1: { professionals: 2.5, parents: 2.0 }, C2: { professionals: 2.9, parents: 1.8 } },
      [
        'Inspraak in beleid|Medewerkers zien 3.0, ouders ervaren 2.0: medewerkers zijn positiever dan ouders. Dat is een niveau of meer verschil.',
        'Gedeelde visie|Medewerkers zien 3.0, ouders ervaren 2.0: medewerkers zijn positiever dan ouders.',
      ],
    ],
    ['no gap where a side is hidden', { C1: { professionals: 2.9, parents: 'hidden' } }, []],
  ])('gaps: %s', (_, cells, expected) => {
    expect(pointsOf(slide({ cells }, 'gaps'))).toEqual(expected);
  });

  it('says why there is nothing to compare when every gap is hidden', () => {
    const s = slide({ cells: { C1: { professionals: 2.9, parents: 'hidden' } } }, 'gaps');
    expect(texts(s.blocks)).toContain('te weinig antwoorden van medewerkers of ouders');
  });

  it('puts every shown perspective in the triangle and leaves a hidden one out, saying so in the notes', () => {
    const s = slide(
      { cells: { C1: { parents: 2.1, professionals: 2.7, children: 'hidden' }, C2: { parents: 1.4 } } },
      'triangle',
    );
    const block = s.blocks[0];
    if (block?.type !== 'triangle') throw new Error('no triangle');
    expect(block.perspectives).toEqual(['parents', 'professionals']);
    expect(block.rows).toHaveLength(10);
    expect(block.rows[0]?.marks).toEqual([
      { perspective: 'parents', mean: 2.1, level: 2 },
      { perspective: 'professionals', mean: 2.7, level: 3 },
    ]);
    expect(block.rows[1]?.marks.map((m) => m.level)).toEqual([1]);
    expect(s.notes.join(' ')).toContain('Kinderen: te weinig antwoorden om te tonen');
  });

  it('shows the level the researcher set, and why, in the notes', () => {
    const s = slide(
      { levels: { C2: { level: 1 } }, adjusted: [{ criterion: 'C2', level: 2, reason: 'ouderraad' }] },
      'triangle',
    );
    const block = s.blocks[0];
    expect(block?.type === 'triangle' && block.rows[1]?.level).toBe(2);
    expect(s.notes).toContain('C2: vastgesteld 2.0 door de onderzoeker, berekend 1.0 — reden: ouderraad.');
  });

  const forms = (flagged: boolean | null): BasicForms => ({
    forms: [
      {
        form: 'start-conversation',
        name: { nl: 'Startgesprek', en: 'Start conversation' },
        professionals: {
          suppressed: false,
          concept: 'x',
          n: 12,
          dontKnow: 0,
          dontKnowRate: 0,
          inPlaceShare: 0.75,
          atLeastPartlyShare: 0.92,
          options: [],
        },
        parents: { mean: 1.9, items: [] },
      },
      {
        form: 'buddies',
        name: { nl: 'Maatjes', en: 'Buddies' },
        professionals: { suppressed: true, concept: 'y' },
        parents: { mean: null, items: [] },
      },
    ],
    halfAdoption: {
      flagged,
      startConversationShare: 0.92,
      tenMinuteKeptAllShare: 0.8,
      sentence: flagged ? 'x' : null,
    },
  });

  it.each<[string, BasicForms | undefined, string[], boolean]>([
    [
      'professionals in tenths beside what parents experience',
      forms(false),
      [
        'Startgesprek|8 van de 10 medewerkers: met elk gezin; 9 van de 10: minstens met een deel|ouders ervaren 2.0 — tweerichtingsverkeer',
        'Maatjes|te weinig antwoorden om te tonen|geen beeld: te weinig antwoorden of niet gevraagd',
      ],
      false,
    ],
    ['the half-adoption warning when the answers show it', forms(true), [], true],
    ['no table before the questionnaire asked', undefined, [], false],
  ])('basic forms: %s', (_, basicForms, rows, warned) => {
    const s = slide({ basicForms }, 'basic-forms');
    const table = s.blocks.flatMap((b) =>
      b.type === 'forms' ? b.rows.map((r) => `${r.name}|${r.professionals}|${r.parents}`) : [],
    );
    if (rows.length > 0) expect(table).toEqual(rows);
    expect(s.blocks.some((b) => b.type === 'warning' && /werkdruk/.test(b.text))).toBe(warned);
  });

  it('says who we heard without a number for a hidden group', () => {
    const s = slide(
      {
        respondents: [
          {
            suppressed: false,
            perspective: 'parents',
            complete: 58,
            partial: 3,
            denominator: { kind: 'families', count: 100 },
            rate: 0.58,
            labelIndex: 2,
            label: { nl: 'goed', en: 'good' },
          },
          { suppressed: true, perspective: 'children' },
        ],
        reach: {
          questions: [
            {
              concept: 'parents.bg.home-language',
              title: 'Thuistaal',
              groups: [
                { suppressed: false, value: 'nl', label: 'Nederlands', count: 50, share: 0.86 },
                { suppressed: true, value: 'other', label: 'Een andere taal' },
                { suppressed: true, value: '', label: 'Niet beantwoord' },
              ],
            },
          ],
          sentences: ['Een andere taal: te weinig antwoorden om te tonen (minder dan 5).'],
        },
      },
      'reach',
    );
    expect(pointsOf(s)).toEqual([
      '|Ouders: 58 ingevulde vragenlijsten — respons goed',
      '|Kinderen: te weinig antwoorden om te tonen',
    ]);
    expect(s.notes).toContain(
      'Thuistaal Nederlands 86% · Een andere taal: te weinig om te tonen · Niet beantwoord: te weinig om te tonen',
    );
    expect(s.blocks.some((b) => b.type === 'warning' && b.text.startsWith('Minder gehoord: Een andere taal'))).toBe(
      true,
    );
  });

  it.each<[string, PublishedSpec, string[]]>([
    [
      'the summary the researcher wrote, empty parts left out',
      { summary: { strengths: 'Warm welkom.', advice: 'Start met startgesprekken.' } },
      ['Wat goed gaat|Warm welkom.', 'Advies|Start met startgesprekken.'],
    ],
    ['nothing to show without one', {}, []],
  ])('summary: %s', (_, spec, expected) => {
    const s = slide(spec, 'summary');
    expect(pointsOf(s)).toEqual(expected);
    if (expected.length === 0) expect(texts(s.blocks)).toContain('geen samenvatting');
  });

  it.each<[string, PublishedSpec, RegExp[]]>([
    ['always ends with the choice of priorities', {}, []],
    [
      'asks about the widest gap',
      { cells: { C9: { professionals: 2.9, parents: 1.6 } } },
      [/‘Afgesproken aanwezigheid’ dat wij niet zien/],
    ],
    [
      'asks about the first point for improvement',
      { levels: { C7: { level: 1 } } },
      [/^Hoe ziet ‘Open dossier’ eruit/],
    ],
    [
      'asks about the ten-minute rounds when half adopted',
      { basicForms: forms(true) },
      [/tienminutengesprekken kunnen vervallen/],
    ],
  ])('questions: %s', (_, spec, expected) => {
    const questions = pointsOf(slide(spec, 'questions')).map((p) => p.slice(1));
    expect(questions.at(-1)).toBe(PRIORITY_QUESTION);
    expect(questions.length).toBeLessThanOrEqual(6);
    for (const e of expected)
      expect(
        questions.some((q) => e.test(q)),
        String(e),
      ).toBe(true);
  });
});

describe('shares in tenths', () => {
  it.each<[number, string]>([
    [0, '0 van de 10'],
    [0.02, '1 van de 10'],
    [0.76, '8 van de 10'],
    [0.97, '9 van de 10'],
    [1, '10 van de 10'],
  ])('%s → %s', (share, text) => {
    expect(outOfTen(share)).toBe(text);
  });
});
