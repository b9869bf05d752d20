import { describe, expect, it } from 'vitest';
import { formatDutchDate, linkAvailability } from './link-availability';

const round = { status: 'open' as const, opensOn: '2026-11-01', closesOn: '2026-11-30' };

describe('linkAvailability', () => {
  it('is open on the first and the last day of an open round', () => {
    expect(linkAvailability(round, '2026-11-01')).toEqual({ state: 'open' });
    expect(linkAvailability(round, '2026-11-30')).toEqual({ state: 'open' });
  });

  it('is not open before the opening day or while the round is a draft', () => {
    expect(linkAvailability(round, '2026-10-31')).toEqual({ state: 'not_open', opensOn: '2026-11-01' });
    expect(linkAvailability({ ...round, status: 'draft' }, '2026-11-05').state).toBe('not_open');
  });

  it('is closed after the closing day or once the round is closed', () => {
    expect(linkAvailability(round, '2026-12-01')).toEqual({ state: 'closed', closedOn: '2026-11-30' });
    expect(linkAvailability({ ...round, status: 'closed' }, '2026-11-05').state).toBe('closed');
    expect(linkAvailability({ ...round, status: 'reported' }, '2026-11-05').state).toBe('closed');
  });
});

describe('formatDutchDate', () => {
  it('writes the month in Dutch', () => {
    expect(formatDutchDate('2026-03-07')).toBe('7 maart 2026');
  });
});
