import { describe, expect, it } from 'vitest';
import phoneV2 from '../../../surveys/mg-phone/v2.json';
import { modelV2, realInstrument, visit } from '../test-support/scoring-fixtures';
import { scoreLocation } from './score-location';
import { reviewDoubleCodings, settlementProblem } from './settle-codings';

const phone = realInstrument(phoneV2);
const files = new Map([[`${phone.key}@${phone.version}`, phone]]);

const ALL_YES = Object.fromEntries(
  [
    'ph_answered',
    'ph_names',
    'ph_asks_through',
    'ph_asks_child',
    'ph_answer_or_who',
    'ph_rule_named',
    'ph_rule_why',
    'ph_callback',
    'ph_next_step',
    'ph_invites_visit',
  ].map((n) => [n, 'yes']),
);
const first = visit(phone, { ...ALL_YES, mg_scenario: 'standard', mg_rater: 'A', mg_visit_code: 'T-1' });
const second = visit(phone, {
  ...ALL_YES,
  mg_scenario: 'standard',
  mg_rater: 'B',
  mg_visit_code: 't-1 ',
  ph_asks_child: 'no',
  ph_invites_visit: 'dk',
});
const alone = visit(phone, { ...ALL_YES, mg_scenario: 'standard', mg_rater: 'A', mg_visit_code: 'T-2' });

describe('reviewing double-coded visits', () => {
  it('lists each double-coded visit once, with every tick the raters answered differently', () => {
    const { reviews, settledCodings } = reviewDoubleCodings([first, alone, second], files, modelV2, []);
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review).toMatchObject({ instrumentKey: 'mg-phone', visitCode: 'T-1', indexes: [0, 2], raters: ['A', 'B'] });
    expect(review?.disagreements).toEqual([
      { item: 'ph_asks_child', answers: ['yes', 'no'], decision: null },
      { item: 'ph_invites_visit', answers: ['yes', 'dk'], decision: null },
    ]);
    expect(review?.state).toBe('open');
    expect(review?.kappa.ticks).toBe(9);
    expect(settledCodings).toEqual([]);
  });

  it('passes a settlement to scoring only when it decides every current disagreement, and only those ticks', () => {
    const decided = {
      instrumentKey: 'mg-phone',
      visitCode: 't-1',
      answers: { ph_asks_child: 'partly', ph_invites_visit: 'yes' },
    };
    const settled = reviewDoubleCodings([first, second], files, modelV2, [decided]);
    expect(settled.reviews[0]?.state).toBe('settled');
    expect(settled.settledCodings).toEqual([
      { instrumentKey: 'mg-phone', visitCode: 'T-1', answers: { ph_asks_child: 'partly', ph_invites_visit: 'yes' } },
    ]);

    // A rater changes a tick after the settlement: the new disagreement has no decision, so the merge rule scores.
    const changed = { ...second, answers: { ...second.answers, ph_names: 'no' } };
    const after = reviewDoubleCodings([first, changed], files, modelV2, [decided]);
    expect(after.reviews[0]?.state).toBe('changed');
    expect(after.reviews[0]?.disagreements.find((d) => d.item === 'ph_names')?.decision).toBeNull();
    expect(after.settledCodings).toEqual([]);

    // Raters who now agree need nothing settled.
    const agreeing = reviewDoubleCodings(
      [first, { ...first, answers: { ...first.answers, mg_rater: 'B' } }],
      files,
      modelV2,
      [decided],
    );
    expect(agreeing.reviews[0]?.state).toBe('agreed');
    expect(agreeing.settledCodings).toEqual([]);
  });

  it('scores the settled coding: the pair is one visit and the decisions are its ticks', () => {
    const { settledCodings } = reviewDoubleCodings([first, second], files, modelV2, [
      { instrumentKey: 'mg-phone', visitCode: 'T-1', answers: { ph_asks_child: 'yes', ph_invites_visit: 'yes' } },
    ]);
    const report = scoreLocation({
      model: modelV2,
      instruments: [phone],
      responses: [],
      visits: [first, second],
      settledCodings,
    });
    const visits = report.mysteryGuest.touchpoints.flatMap((t) => t.visits);
    expect(visits).toHaveLength(1);
    expect(visits[0]?.codings).toMatchObject({ settled: true, raters: ['A', 'B'] });
    expect(visits[0]?.ticks.find((t) => t.item === 'ph_asks_child')?.answer).toBe('yes');
    expect(report.mysteryGuest.agreement?.pairs[0]?.settled).toBe(true);
  });

  it('refuses a settlement that leaves a disagreement open, decides an agreed tick or gives no tick answer', () => {
    const review = reviewDoubleCodings([first, second], files, modelV2, []).reviews[0];
    if (!review) throw new Error('no review');
    expect(settlementProblem(review, { ph_asks_child: 'yes', ph_invites_visit: 'dk' }, modelV2)).toBeUndefined();
    expect(settlementProblem(review, { ph_asks_child: 'yes' }, modelV2)?.field).toBe('answers.ph_invites_visit');
    expect(
      settlementProblem(review, { ph_asks_child: 'yes', ph_invites_visit: 'dk', ph_names: 'no' }, modelV2)?.field,
    ).toBe('answers.ph_names');
    expect(settlementProblem(review, { ph_asks_child: 'misschien', ph_invites_visit: 'dk' }, modelV2)?.field).toBe(
      'answers.ph_asks_child',
    );
  });
});
