import { describe, expect, it } from 'vitest';
import { scopeProblem } from './scope-rules';

const none = { organisationIds: [], ikcIds: [], locationIds: [] };
const org = '00000000-0000-4000-8000-000000000001';
const ikc = '00000000-0000-4000-8000-000000000002';

describe('scopeProblem', () => {
  it('accepts the scope each role needs', () => {
    expect(scopeProblem('admin', none)).toBeUndefined();
    expect(scopeProblem('researcher', { ...none, organisationIds: [org] })).toBeUndefined();
    expect(scopeProblem('municipality', { ...none, organisationIds: [org] })).toBeUndefined();
    expect(scopeProblem('ikc', { ...none, ikcIds: [ikc] })).toBeUndefined();
    expect(scopeProblem('ikc', { ...none, locationIds: [ikc, org] })).toBeUndefined();
  });

  it('names the field when the scope does not fit the role', () => {
    expect(scopeProblem('researcher', none)?.field).toBe('scope.organisationIds');
    expect(scopeProblem('municipality', { ...none, organisationIds: [org, ikc] })?.field).toBe('scope.organisationIds');
    expect(scopeProblem('ikc', { ...none, ikcIds: [ikc, org] })?.field).toBe('scope.ikcIds');
    expect(scopeProblem('admin', { ...none, organisationIds: [org] })?.field).toBe('scope');
  });
});
