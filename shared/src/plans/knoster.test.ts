import { describe, expect, it } from 'vitest';
import type { KnosterInput, PlanAction } from '../contracts/plans';
import { knosterFindings, missingConditionFailures } from './knoster';

const full: KnosterInput = {
  vision: 'Ouders en team willen dat elk kind gezien wordt.',
  skills: 'Twee trainingen gespreksvoering.',
  incentives: 'Minder losse gesprekken, betere contacten.',
  resources: 'Vier uur per leerkracht, tolkentelefoon.',
  actionPlan: 'Zie de acties.',
};
const action = (a: Partial<PlanAction>) => ({ owner: 'Anouk', dueOn: '2027-03-01', status: 'planned' as const, ...a });

describe('knosterFindings', () => {
  it.each([
    ['vision', 'verwarring'],
    ['skills', 'angst'],
    ['incentives', 'weerstand'],
    ['resources', 'frustratie'],
    ['actionPlan', 'valse start'],
  ] as const)('names the failure of a goal without %s: %s', (condition, failure) => {
    const findings = knosterFindings({ ...full, [condition]: '' });
    expect(missingConditionFailures(findings)).toEqual([failure]);
    expect(findings.find((f) => f.condition === condition)?.failure?.explanation).toContain(failure);
  });

  it('finds nothing missing when all five conditions are written down', () => {
    const findings = knosterFindings(full);
    expect(findings).toHaveLength(5);
    expect(findings.every((f) => f.present && f.failure === null)).toBe(true);
  });

  it('names every failure, in Knoster’s order, for an empty goal', () => {
    expect(
      missingConditionFailures(
        knosterFindings({ ...full, vision: '', skills: '', incentives: '', resources: '', actionPlan: '' }),
      ),
    ).toEqual(['verwarring', 'angst', 'weerstand', 'frustratie', 'valse start']);
  });

  it.each([
    ['whitespace', '   '],
    ['a placeholder dash', '-'],
    ['a question mark', '??'],
  ])('treats %s as missing', (_, text) => {
    expect(knosterFindings({ ...full, resources: text }).find((f) => f.condition === 'resources')?.present).toBe(false);
  });

  it.each([
    ['an action with owner and due date', [action({})], true],
    ['an action without an owner', [action({ owner: ' ' })], false],
    ['an action without a due date', [action({ dueOn: null })], false],
    ['only a stopped action', [action({ status: 'stopped' })], false],
    ['no actions', [], false],
  ])('counts the action plan as present with %s when its text is empty', (_, actions, present) => {
    const findings = knosterFindings({ ...full, actionPlan: '' }, actions);
    expect(findings.find((f) => f.condition === 'actionPlan')?.present).toBe(present);
  });
});
