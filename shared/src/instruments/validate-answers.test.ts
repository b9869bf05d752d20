import { describe, expect, it } from 'vitest';
import { listQuestions } from './survey-questions';
import { findAnswerProblem } from './validate-answers';

const survey = {
  pages: [
    {
      elements: [
        { type: 'radiogroup', name: 'q1', choices: [{ value: 1 }, { value: 2 }, 'dk'] },
        { type: 'checkbox', name: 'q2', choices: ['a', 'b'], showOtherItem: true },
        { type: 'panel', name: 'p', elements: [{ type: 'comment', name: 'open', maxLength: 10 }] },
        { type: 'text', name: 'age', inputType: 'number', min: 0, max: 20 },
        { type: 'text', name: 'day', inputType: 'date' },
        { type: 'text', name: 'at', inputType: 'time' },
        { type: 'html', name: 'intro', html: '<p>hi</p>' },
      ],
    },
  ],
};
const questions = listQuestions(survey);

describe('findAnswerProblem', () => {
  it('lists questions inside panels and skips html elements', () => {
    expect(questions.map((q) => q.name)).toEqual(['q1', 'q2', 'open', 'age', 'day', 'at']);
  });

  it('accepts answers that fit the questionnaire', () => {
    expect(findAnswerProblem(questions, { q1: 2, q2: ['a', 'other'], 'q2-Comment': 'x', open: 'kort', age: 7 })).toBe(
      undefined,
    );
  });

  it('names an unknown question', () => {
    expect(findAnswerProblem(questions, { nope: 1 })).toEqual({
      field: 'nope',
      message: 'nope: deze vraag bestaat niet in deze vragenlijst',
    });
  });

  it('refuses an option the question does not offer', () => {
    expect(findAnswerProblem(questions, { q1: 5 })?.field).toBe('q1');
    expect(findAnswerProblem(questions, { q2: ['c'] })?.message).toContain('niet aangeboden');
  });

  it('refuses the wrong type and over-long text', () => {
    expect(findAnswerProblem(questions, { q2: 'a' })?.message).toContain('lijst');
    expect(findAnswerProblem(questions, { open: 'x'.repeat(11) })?.message).toContain('langer dan 10');
    expect(findAnswerProblem(questions, { age: 'zeven' })?.message).toContain('getal');
    expect(findAnswerProblem(questions, { age: 21 })?.field).toBe('age');
  });

  it('accepts a -Comment key only for a question with a comment box', () => {
    expect(findAnswerProblem(questions, { 'q2-Comment': 'anders' })).toBeUndefined();
    expect(findAnswerProblem(questions, { 'q1-Comment': 'x' })).toEqual({
      field: 'q1-Comment',
      message: 'q1-Comment: deze vraag heeft geen toelichtingsveld',
    });
    expect(findAnswerProblem(questions, { 'nope-Comment': 'x' })?.field).toBe('nope-Comment');
  });

  it('refuses dates and times that match the pattern but not the calendar or the clock', () => {
    expect(findAnswerProblem(questions, { day: '2026-02-28', at: '23:59' })).toBeUndefined();
    expect(findAnswerProblem(questions, { day: '' })).toBeUndefined();
    for (const day of ['2026-02-30', '2026-13-01', '0000-01-01', '20260101', 'gisteren'])
      expect(findAnswerProblem(questions, { day })?.field, day).toBe('day');
    for (const at of ['25:99', '24:00', '9:5', '12:60', 'middag'])
      expect(findAnswerProblem(questions, { at })?.field, at).toBe('at');
  });

  it('refuses a 5,000-level array as a choice answer without overflowing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(findAnswerProblem(questions, { q1: deep })?.field).toBe('q1');
    expect(findAnswerProblem(questions, { q2: deep })?.field).toBe('q2');
  });
});
