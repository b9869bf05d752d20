import { describe, expect, it } from 'vitest';
import { formatDutchDate, linkAvailability, type RoundTiming } from './link-availability';

// 30 November 2026 ends at 23:00 UTC (midnight in Amsterdam, winter time).
const round: RoundTiming = {
  status: 'open',
  opensOn: '2026-11-01',
  closesOn: '2026-11-30',
  closesAt: new Date('2026-11-30T23:00:00Z'),
  closedAt: null,
};
const at = (today: string, iso: string) => ({ today, at: new Date(iso) });

describe('linkAvailability', () => {
  it('is open from the first to the last day of an open round', () => {
    expect(linkAvailability(round, at('2026-11-01', '2026-11-01T08:00:00Z'))).toEqual({ state: 'open' });
    expect(linkAvailability(round, at('2026-11-30', '2026-11-30T22:59:00Z'))).toEqual({ state: 'open' });
  });

  it('is not open before the opening day or while the round is a draft', () => {
    expect(linkAvailability(round, at('2026-10-31', '2026-10-31T12:00:00Z'))).toEqual({
      state: 'not_open',
      opensOn: '2026-11-01',
    });
    expect(linkAvailability({ ...round, status: 'draft' }, at('2026-11-05', '2026-11-05T12:00:00Z')).state).toBe(
      'not_open',
    );
  });

  it('gives people who were answering a grace period after the closing day', () => {
    const grace = linkAvailability(round, at('2026-12-01', '2026-11-30T23:30:00Z'), 60);
    expect(grace).toEqual({ state: 'grace', until: new Date('2026-12-01T00:00:00Z'), closedOn: '2026-11-30' });
    expect(linkAvailability(round, at('2026-12-01', '2026-12-01T00:00:00Z'), 60).state).toBe('closed');
  });

  it('starts the grace period when a researcher closes the round by hand', () => {
    const closed = { ...round, status: 'closed' as const, closedAt: new Date('2026-11-10T10:00:00Z') };
    expect(linkAvailability(closed, at('2026-11-10', '2026-11-10T10:59:00Z'), 60).state).toBe('grace');
    expect(linkAvailability(closed, at('2026-11-10', '2026-11-10T11:00:00Z'), 60)).toEqual({
      state: 'closed',
      closedOn: '2026-11-10',
    });
  });

  it('is closed once the round is reported', () => {
    expect(linkAvailability({ ...round, status: 'reported' }, at('2026-11-05', '2026-11-05T12:00:00Z')).state).toBe(
      'closed',
    );
  });
});

describe('formatDutchDate', () => {
  it('writes the month in Dutch', () => {
    expect(formatDutchDate('2026-03-07')).toBe('7 maart 2026');
  });
});
