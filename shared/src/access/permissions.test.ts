import { describe, expect, it } from 'vitest';
import { can, grantableRoles } from './permissions';

describe('role capabilities', () => {
  it('lets only admins and researchers change the structure and rounds', () => {
    expect(can('researcher', 'structure.write')).toBe(true);
    expect(can('ikc', 'structure.write')).toBe(false);
    expect(can('municipality', 'rounds.write')).toBe(false);
  });

  it('lets the IKC team write plans but not see raw open answers', () => {
    expect(can('ikc', 'plan.write')).toBe(true);
    expect(can('ikc', 'review.write')).toBe(false);
  });

  it('never lets a user grant a role above their own', () => {
    expect(grantableRoles('researcher')).not.toContain('admin');
    expect(grantableRoles('researcher')).not.toContain('researcher');
    expect(grantableRoles('ikc')).toEqual([]);
  });
});
