import { describe, expect, it } from 'vitest';
import parentsV2 from '../../../surveys/parents/v2.json';
import { instrument, model, realInstrument, respond, tick } from '../test-support/scoring-fixtures';
import { buildAnswerMatrix, DK } from './answer-matrix';
import { itemSummaries } from './item-summaries';
import { respondentMeans } from './respondent-means';

const parents = realInstrument(parentsV2);
/** p_c7_report_discussed is routed to `school`: school or both, and a child in groups 1–8. */
const SCHOOL_ONLY = 'p_c7_report_discussed';
const childcareParent = { bg_sector: 'childcare', bg_age_band: 'baby-toddler' };
const schoolParent = { bg_sector: 'school', bg_age_band: 'group-6-8' };

function matrixOf(rows: Array<Record<string, unknown>>) {
  const matrix = buildAnswerMatrix(
    'parents',
    [parents],
    rows.map((answers) => respond(parents, answers)),
  );
  const column = matrix.columns.findIndex((c) => c.item === SCHOOL_ONLY);
  return { matrix, column };
}

describe('buildAnswerMatrix with routed items', () => {
  it.each([
    {
      rule: 'a school-only item answered by a childcare-only parent is not counted at all',
      answers: { ...childcareParent, [SCHOOL_ONLY]: '3' },
      cell: Number.NaN,
      counted: 0,
    },
    {
      rule: "its don't-know from a parent who was not asked is no don't-know",
      answers: { ...childcareParent, [SCHOOL_ONLY]: 'dk' },
      cell: Number.NaN,
      counted: 0,
    },
    {
      rule: 'a parent without background answers was not asked a routed item',
      answers: { [SCHOOL_ONLY]: '3' },
      cell: Number.NaN,
      counted: 0,
    },
    {
      rule: 'a school parent is asked it and counts',
      answers: { ...schoolParent, [SCHOOL_ONLY]: '3' },
      cell: 3,
      counted: 1,
    },
    {
      rule: "a school parent's don't-know counts as one",
      answers: { ...schoolParent, [SCHOOL_ONLY]: 'dk' },
      cell: DK,
      counted: 1,
    },
  ])('$rule', ({ answers, cell, counted }) => {
    const { matrix, column } = matrixOf([answers]);
    expect(matrix.cells[column]?.[0]).toBe(cell);
    const summary = itemSummaries(matrix, model)[column];
    expect(summary).toMatchObject({ n: counted });
    expect(respondentMeans(matrix, [column]).answered).toBe(counted);
  });

  it("computes an item's don't-know rate over the parents who were asked", () => {
    const { matrix, column } = matrixOf([
      { ...schoolParent, [SCHOOL_ONLY]: 'dk' },
      { ...schoolParent, [SCHOOL_ONLY]: '3' },
      { ...childcareParent, [SCHOOL_ONLY]: 'dk' },
      { ...childcareParent, [SCHOOL_ONLY]: 'dk' },
    ]);
    expect(itemSummaries(matrix, model)[column]).toMatchObject({ n: 2, nScored: 1, dontKnowRate: 0.5, mean: 3 });
  });

  it('marks the columns of routed items, so alpha can leave them out', () => {
    const { matrix } = matrixOf([]);
    expect(matrix.columns.find((c) => c.item === SCHOOL_ONLY)?.routed).toBe(true);
    expect(matrix.columns.find((c) => c.item === 'p_c7_see_file')?.routed).toBe(false);
  });
});

describe('buildAnswerMatrix for mystery-guest ticks', () => {
  const form = instrument('mg-test', 'mystery-guest', { a: tick('mg.test.c3.a', 'C3', 1) });
  const rows = ['yes', 'dk', 'dk', 'no'].map((a) => ({ instrument: { key: form.key, version: 1 }, answers: { a } }));

  it('tallies "niet waargenomen" apart: no cell, no count, no dk', () => {
    const matrix = buildAnswerMatrix('mystery-guest', [form], rows);
    expect([...(matrix.cells[0] ?? [])]).toEqual([1, Number.NaN, Number.NaN, 1]);
    expect(matrix.notObserved).toEqual([2]);
    expect(itemSummaries(matrix, model)[0]).toMatchObject({
      n: 2,
      nScored: 2,
      dontKnowRate: null,
      dontKnowFlag: false,
      notObserved: 2,
      notObservedRate: 0.5,
      options: [
        { value: 'yes', count: 1, share: 0.5 },
        { value: 'partly', count: 0, share: 0 },
        { value: 'no', count: 1, share: 0.5 },
      ],
    });
  });
});
