import { describe, expect, it } from 'vitest';
import { hideSmallCounts } from './hide-small-counts';

describe('hideSmallCounts', () => {
  it('shows researchers and admins every count', () => {
    expect(hideSmallCounts({ complete: 2, partial: 1 }, 'researcher', 5)).toEqual({ complete: 2, partial: 1 });
    expect(hideSmallCounts({ complete: 0, partial: 0 }, 'admin', 5)).toEqual({ complete: 0, partial: 0 });
  });

  it('hides both counts of a small group from IKC and municipality users', () => {
    expect(hideSmallCounts({ complete: 4, partial: 3, x: 1 }, 'ikc', 5)).toEqual({
      complete: null,
      partial: null,
      x: 1,
    });
    expect(hideSmallCounts({ complete: 0, partial: 0 }, 'municipality', 5)).toEqual({ complete: null, partial: null });
  });

  it('shows a group at the minimum', () => {
    expect(hideSmallCounts({ complete: 5, partial: 1 }, 'ikc', 5)).toEqual({ complete: 5, partial: 1 });
  });
});
