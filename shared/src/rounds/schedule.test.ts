import { describe, expect, it } from 'vitest';
import { scheduledMove } from './schedule';

const round = { opensOn: '2026-11-02', closesOn: '2026-11-20' };

describe('scheduledMove', () => {
  it.each([
    ['draft', '2026-11-01', undefined],
    ['draft', '2026-11-02', 'open'],
    ['draft', '2026-11-20', 'open'],
    ['draft', '2026-11-21', undefined],
    ['open', '2026-11-20', undefined],
    ['open', '2026-11-21', 'closed'],
    ['open', '2027-03-01', 'closed'],
    ['closed', '2026-11-10', undefined],
    ['reported', '2026-11-25', undefined],
  ] as const)('moves a round that is %s on %s to %s', (status, today, expected) => {
    expect(scheduledMove({ ...round, status }, today)).toBe(expected);
  });

  it('leaves a round reopened by hand open until its dates are saved again', () => {
    expect(scheduledMove({ ...round, status: 'open', reopenedSinceDates: true }, '2026-11-25')).toBeUndefined();
  });
});
