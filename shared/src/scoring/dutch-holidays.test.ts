import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday } from './dutch-holidays';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('dutchPublicHolidays', () => {
  it('lists the holidays of 2026, without Goede Vrijdag and with Bevrijdingsdag', () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(dutchPublicHolidays(2026).has('2026-04-03')).toBe(false);
  });

  it.each([
    {
      rule: 'Koningsdag moves to the 26th when the 27th is a Sunday',
      year: 2025,
      has: '2025-04-26',
      not: '2025-04-27',
    },
    { rule: 'Koningsdag stays on the 27th otherwise', year: 2027, has: '2027-04-27', not: '2027-04-26' },
    { rule: 'Tweede Paasdag follows Easter', year: 2027, has: '2027-03-29', not: '2027-03-26' },
    { rule: 'Hemelvaartsdag is 39 days after Easter', year: 2027, has: '2027-05-06', not: '2027-05-05x' },
    { rule: 'Tweede Pinksterdag is 50 days after Easter', year: 2027, has: '2027-05-17', not: '2027-05-18' },
  ])('$rule', ({ year, has, not }) => {
    const days = dutchPublicHolidays(year);
    expect(days.has(has)).toBe(true);
    expect(days.has(not)).toBe(false);
  });
});
