import { describe, expect, it } from 'vitest';
import { addDays, retentionOf } from './retention';

describe('retention of a round', () => {
  const published = { firstPublishedOn: '2026-11-20', inForce: true, deletedOn: null };
  it.each([
    ['no period set', published, null, '2030-01-01', 'no-period', null],
    ['zero days: due on the day of publication', published, 0, '2026-11-20', 'due', '2026-11-20'],
    ['before the day', published, 30, '2026-12-19', 'scheduled', '2026-12-20'],
    ['on the day', published, 30, '2026-12-20', 'due', '2026-12-20'],
    ['long after (downtime): still due', published, 30, '2027-06-01', 'due', '2026-12-20'],
    ['never published', { ...published, firstPublishedOn: null, inForce: false }, 0, '2027-01-01', 'unpublished', null],
    ['publication retracted', { ...published, inForce: false }, 0, '2027-01-01', 'unpublished', null],
    ['already deleted', { ...published, deletedOn: '2026-11-21' }, 0, '2027-01-01', 'deleted', null],
  ] as const)('%s', (_name, facts, days, today, state, dueOn) => {
    expect(retentionOf(facts, days, today)).toEqual({ state, dueOn });
  });

  it('counts days on the calendar, across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 365)).toBe('2027-12-31');
  });
});
