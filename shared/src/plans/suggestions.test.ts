import { describe, expect, it } from 'vitest';
import type { LocationReport, NeedsInventory } from '../scoring/report-schema';
import type { ActionLibrary } from './action-library';
import { checkActionLibrary } from './action-library';
import { criterionChoices, criterionFindings, suggestActions } from './suggestions';

const act = (key: string, criterion: 'C1' | 'C5', level: 1 | 2, form: string | null = null) => ({
  key,
  criterion,
  level,
  title: key,
  why: 'Omdat.',
  moves: [criterion],
  form,
});
const library: ActionLibrary = {
  version: 1,
  about: 'test',
  actions: [
    act('c5-l1-a', 'C5', 1, 'form:start-conversation'),
    act('c5-l1-b', 'C5', 1),
    act('c5-l2-a', 'C5', 2, 'form:communication-plan'),
    act('c1-l2-a', 'C1', 2),
  ],
};

describe('suggestActions', () => {
  it.each([
    ['level 1, ambition 2', 1, 2, ['c5-l1-a', 'c5-l1-b']],
    ['level 1, ambition 3', 1, 3, ['c5-l1-a', 'c5-l1-b']],
    ['level 2, ambition 3', 2, 3, ['c5-l2-a']],
    ['level 2, ambition 2 (already there)', 2, 2, []],
    ['level 3, ambition 3', 3, 3, []],
    ['no figures', null, 3, []],
  ] as const)('suggests for %s: %j', (_, level, ambition, keys) => {
    expect(suggestActions(library, 'C5', level, ambition).map((a) => a.key)).toEqual(keys);
  });
});

const model = {
  criteria: [
    { id: 'C1' as const, name: { nl: 'Gedeelde visie', en: 'Shared vision' } },
    { id: 'C5' as const, name: { nl: 'Gelijkwaardige gesprekken', en: 'Conversations as equals' } },
  ],
};
const report = {
  overall: [
    {
      criterion: 'C1',
      level: 2,
      weightedMean: 2.1,
      reportedMean: 2.1,
      capped: false,
      explanation: { reasons: [], sentence: 'Ouders en medewerkers zien 2.0.' },
    },
    {
      criterion: 'C5',
      level: null,
      weightedMean: null,
      reportedMean: null,
      capped: false,
      explanation: { reasons: [], sentence: 'Geen perspectief heeft cijfers.' },
    },
  ],
  gaps: [
    {
      available: true,
      criterion: 'C1',
      from: 'professionals',
      minus: 'parents',
      fromMean: 2.9,
      minusMean: 1.9,
      gap: 1,
      flagged: true,
      sentence: 'medewerkers zien 3.0, ouders ervaren 2.0 (verschil 1.00)',
    },
    { available: false, criterion: 'C5', from: 'professionals', minus: 'parents', because: 'suppressed' },
  ],
} satisfies Pick<LocationReport, 'overall' | 'gaps'>;

describe('criterionFindings', () => {
  it('takes the level, the explanation and a flagged gap from the report', () => {
    const [c1] = criterionFindings(report, model);
    expect(c1).toEqual({
      criterion: 'C1',
      name: 'Gedeelde visie',
      level: 2,
      label: '2.0',
      mean: 2.1,
      sentence: 'Ouders en medewerkers zien 2.0.',
      gap: 'medewerkers zien 3.0, ouders ervaren 2.0 (verschil 1.00)',
      gapFlagged: true,
    });
  });

  it('says "geen gegevens" for a criterion the suppressed report has no figures for', () => {
    const [, c5] = criterionFindings(report, model);
    expect(c5).toMatchObject({ level: null, label: 'geen gegevens', gap: null });
  });

  it('offers suggestions per criterion below 3.0 from the report', () => {
    const choices = criterionChoices(criterionFindings(report, model), library);
    expect(choices.map((c) => [c.criterion, c.suggestions.map((s) => s.key)])).toEqual([
      ['C1', ['c1-l2-a']],
      ['C5', []],
    ]);
  });
});

describe("criterionChoices with the parents' needs", () => {
  const option = (value: string, count: number, criteria: Array<'C1' | 'C5'>, actions: string[]) => ({
    value,
    label: `keuze ${value}`,
    count,
    share: count / 10,
    pointsTo: { criteria, actions },
  });
  const needs: NeedsInventory = {
    items: [
      {
        suppressed: false,
        instrumentKey: 'parents',
        item: 'inv_topics',
        concept: 'parents.inv.topics',
        title: 'Waarover wilt u meer weten?',
        n: 10,
        answered: 8,
        options: [
          option('x', 3, ['C1'], ['c1-l2-a']),
          option('y', 6, ['C5'], ['c5-l2-a']),
          option('z', 0, ['C5'], ['c5-l1-b']),
        ],
      },
      { suppressed: true, instrumentKey: 'parents', item: 'inv_hidden', concept: 'parents.inv.hidden' },
    ],
    topNeeds: [],
    pointsTo: { criteria: [], actions: [] },
  };
  const findings = criterionFindings(
    {
      ...report,
      overall: report.overall.map((o) => (o.criterion === 'C5' ? { ...o, level: 1 as const } : o)),
    },
    model,
  );
  const choices = criterionChoices(findings, library, {}, needs);

  it('puts the needs that point to a criterion beside it, most chosen first, never a need nobody chose', () => {
    expect(choices.map((c) => [c.criterion, c.parentNeeds.map((n) => [n.label, n.share])])).toEqual([
      ['C1', [['keuze x', 0.3]]],
      ['C5', [['keuze y', 0.6]]],
    ]);
  });

  it('offers the actions parents asked for first, also from the other level, saying who asked', () => {
    const c5 = choices.find((c) => c.criterion === 'C5');
    expect(c5?.suggestions.map((s) => [s.key, s.askedFor])).toEqual([
      ['c5-l2-a', ['keuze y']],
      ['c5-l1-a', []],
      ['c5-l1-b', []],
    ]);
  });

  it('offers nothing extra where the ambition is met', () => {
    const met = criterionChoices(findings, library, { C1: 2, C5: 2 }, needs);
    expect(met.find((c) => c.criterion === 'C1')?.suggestions).toEqual([]);
  });
});

describe('checkActionLibrary', () => {
  const tags = { form: { 'start-conversation': { nl: 'x', en: 'x' }, 'communication-plan': { nl: 'x', en: 'x' } } };
  const fullModel = { criteria: model.criteria.slice(0, 1), tags } as unknown as Parameters<
    typeof checkActionLibrary
  >[1];

  it('names duplicate keys, unknown forms and thin criterion × level cells', () => {
    const broken: ActionLibrary = {
      ...library,
      actions: [act('c1-l1-a', 'C1', 1), act('c1-l1-a', 'C1', 1, 'form:picnic'), act('c1-l2-a', 'C1', 2)],
    };
    expect(checkActionLibrary(broken, fullModel)).toEqual([
      'c1-l1-a: duplicate key',
      "c1-l1-a: form:picnic is not in the model's form vocabulary",
      'C1 level 2: 1 actions; offer 2 to 4',
    ]);
  });
});
