import { describe, expect, it } from 'vitest';
import professionalsV2 from '../../../surveys/professionals/v2.json';
import { model, realInstrument, respond } from '../test-support/scoring-fixtures';
import { basicFormExperience } from './basic-forms-experience';
import { basicFormsInPlace } from './basic-forms-in-place';
import { halfAdoption } from './half-adoption';
import type { ItemSummary, TagSummary } from './report-schema';
import { scoreLocation } from './score-location';

const professionals = realInstrument(professionalsV2);
const school = { bg_sector: 'school' };
const childcare = { bg_sector: 'childcare' };
const start = ['all-with-child', 'all', 'some', 'none', 'dk', 'all'];
const tenMinute = ['all', 'all', 'all', 'all', 'some', 'no-start'];
const plan = ['all', 'some', 'some', 'some', 'none', 'none', 'none', 'none'];
const reception = ['yes', 'yes', 'planned', 'planned', 'planned', 'no', 'no', 'no'];
const answers = [
  ...start.map((s, i) => ({ ...school, f_start_conversation: s, f_ten_minute: tenMinute[i] })),
  // Childcare staff are not asked about start conversations or ten-minute rounds: a stale answer does not count.
  { ...childcare, f_start_conversation: 'none', f_ten_minute: 'none' },
  { ...childcare, f_start_conversation: 'none' },
].map((a, i) => ({
  ...a,
  f_communication_plan: plan[i],
  f_reception: reception[i],
  ...(i < 3 ? { f_buddies: 'all' } : {}),
}));
const responses = answers.map((a) => respond(professionals, a));
const inPlace = basicFormsInPlace(responses, [professionals], model);

describe('basicFormsInPlace', () => {
  it.each([
    { form: 'start-conversation', n: 5, dontKnow: 1, inPlaceShare: 0.6, atLeastPartlyShare: 0.8 },
    { form: 'communication-plan', n: 8, dontKnow: 0, inPlaceShare: 1 / 8, atLeastPartlyShare: 0.5 },
    { form: 'reception', n: 8, dontKnow: 0, inPlaceShare: 0.25, atLeastPartlyShare: 0.25 },
  ])('$form: in place for $inPlaceShare of $n professionals', ({ form, ...figures }) => {
    expect(inPlace.get(form)).toMatchObject({ suppressed: false, ...figures });
  });

  it("counts don't-know apart and labels the options in Dutch", () => {
    const startForm = inPlace.get('start-conversation');
    expect(startForm).toMatchObject({ dontKnowRate: 1 / 6 });
    expect(!startForm?.suppressed && startForm?.options.map((o) => [o.value, o.count])).toEqual([
      ['all-with-child', 1],
      ['all', 2],
      ['some', 1],
      ['none', 1],
    ]);
    expect(!startForm?.suppressed && startForm?.options[0]?.label).toBe('Ja, met elk gezin, en het kind is erbij');
  });

  it('hides a form fewer professionals than the minimum answered', () => {
    expect(inPlace.get('buddies')).toEqual({ suppressed: true, concept: 'professionals.fact.buddies' });
  });
});

describe('halfAdoption', () => {
  it('flags start conversations in place while most say all ten-minute rounds were kept', () => {
    expect(halfAdoption(inPlace.get('start-conversation'), responses, [professionals], model)).toEqual({
      flagged: true,
      startConversationShare: 0.8,
      tenMinuteKeptAllShare: 0.8,
      sentence:
        'Startgesprekken zijn ingevoerd (80% van de medewerkers), maar 80% zegt dat alle vaste tienminutengesprekken zijn gebleven: half invoeren verhoogt de werkdruk. Het communicatieplan op maat is bedoeld om die rondes te vervangen.',
    });
  });

  it.each([
    { rule: 'rounds replaced: no flag', rounds: ['none', 'none', 'none', 'all', 'some', 'none'], flagged: false },
    {
      rule: 'exactly half kept: no majority, no flag',
      rounds: ['all', 'all', 'none', 'some', 'none', 'all'],
      flagged: false,
    },
    {
      rule: 'too few answers on the rounds: unknown',
      rounds: ['all', 'all', 'dk', 'dk', 'no-start', 'all'],
      flagged: null,
    },
  ])('$rule', ({ rounds, flagged }) => {
    const changed = responses.map((r, i) => (i < 6 ? { ...r, answers: { ...r.answers, f_ten_minute: rounds[i] } } : r));
    expect(halfAdoption(inPlace.get('start-conversation'), changed, [professionals], model).flagged).toBe(flagged);
  });

  it('is unknown when the start-conversation figure is hidden', () => {
    expect(halfAdoption({ suppressed: true, concept: 'x' }, responses, [professionals], model).flagged).toBeNull();
  });
});

describe('basicFormExperience', () => {
  const shown = (item: string, tags: string[], mean: number): ItemSummary => ({
    suppressed: false,
    perspective: 'parents',
    instrumentKey: 'parents',
    item,
    concept: `parents.c9.${item}`,
    criterion: 'C9',
    tags,
    tier: null,
    n: 10,
    nScored: 10,
    mean,
    sd: null,
    options: [],
    dontKnowRate: 0,
    dontKnowFlag: false,
  });
  const hidden: ItemSummary = {
    suppressed: true,
    perspective: 'parents',
    instrumentKey: 'parents',
    item: 'hidden',
    concept: 'parents.c9.hidden',
    criterion: 'C9',
    tags: ['form:start-conversation'],
    tier: null,
  };
  const tags = [
    {
      tag: 'form:start-conversation',
      perspectives: [{ suppressed: false, perspective: 'parents', mean: 2.2 }],
    },
  ] as unknown as TagSummary[];

  it("lists the parents' items of the form with their mean where shown", () => {
    const items = [shown('start', ['form:start-conversation'], 2.5), shown('other', ['form:buddies'], 1), hidden];
    expect(basicFormExperience('start-conversation', items, tags)).toEqual({
      mean: 2.2,
      items: [
        { item: 'start', concept: 'parents.c9.start', criterion: 'C9', mean: 2.5 },
        { item: 'hidden', concept: 'parents.c9.hidden', criterion: 'C9', mean: null },
      ],
    });
    expect(basicFormExperience('reception', items, tags)).toEqual({ mean: null, items: [] });
  });
});

describe('basic forms in the location report', () => {
  it("adds the four forms with the professionals' figures and the half-adoption flag", () => {
    const report = scoreLocation({ model, instruments: [professionals], responses });
    expect(report.basicForms?.forms.map((f) => [f.form, f.professionals?.suppressed])).toEqual([
      ['start-conversation', false],
      ['communication-plan', false],
      ['reception', false],
      ['buddies', true],
    ]);
    expect(report.basicForms?.halfAdoption.flagged).toBe(true);
  });
});
