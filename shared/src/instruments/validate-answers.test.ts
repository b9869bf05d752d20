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
        { type: 'html', name: 'intro', html: '<p>hi</p>' },
      ],
    },
  ],
};
const questions = listQuestions(survey);

describe('findAnswerProblem', () => {
  it('lists questions inside panels and skips html elements', () => {
    expect(questions.map((q) => q.name)).toEqual(['q1', 'q2', 'open', 'age']);
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
});
