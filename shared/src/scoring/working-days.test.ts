import { describe, expect, it } from 'vitest';
import { dutchPublicHolidaysBetween } from './dutch-holidays';
import { isDateTimeLocal, workingDaysBetween } from './working-days';

const holidays = dutchPublicHolidaysBetween(2026, 2027);

describe('workingDaysBetween', () => {
  it.each([
    { rule: 'a reply on the sending day is 0', sent: '2026-03-02T09:00', replied: '2026-03-02T17:30', days: 0 },
    { rule: 'a reply on the next working day is 1', sent: '2026-03-02T16:00', replied: '2026-03-03T08:00', days: 1 },
    { rule: 'two working days later is 2 (the norm)', sent: '2026-03-02T09:00', replied: '2026-03-04T23:59', days: 2 },
    { rule: 'three working days later is 3', sent: '2026-03-02T09:00', replied: '2026-03-05T09:00', days: 3 },
    { rule: 'the weekend does not count', sent: '2026-03-06T10:00', replied: '2026-03-09T10:00', days: 1 },
    { rule: 'a reply on Saturday counts as Monday', sent: '2026-03-06T10:00', replied: '2026-03-07T11:00', days: 1 },
    { rule: 'a reply on Sunday counts as Monday', sent: '2026-03-06T10:00', replied: '2026-03-08T11:00', days: 1 },
    {
      rule: 'a message sent on Saturday counts from Monday',
      sent: '2026-03-07T10:00',
      replied: '2026-03-09T15:00',
      days: 0,
    },
    { rule: 'sent Saturday, answered Tuesday', sent: '2026-03-07T10:00', replied: '2026-03-10T15:00', days: 1 },
    {
      rule: 'Tweede Paasdag does not count, Goede Vrijdag does',
      sent: '2026-04-02T10:00',
      replied: '2026-04-07T10:00',
      days: 2,
    },
    { rule: 'Koningsdag does not count', sent: '2026-04-24T10:00', replied: '2026-04-28T10:00', days: 1 },
    { rule: 'Hemelvaartsdag does not count', sent: '2026-05-13T10:00', replied: '2026-05-15T10:00', days: 1 },
    { rule: 'Christmas and New Year do not count', sent: '2026-12-24T10:00', replied: '2027-01-04T09:00', days: 5 },
    { rule: 'no reply is null', sent: '2026-03-02T09:00', replied: undefined, days: null },
    { rule: 'an empty reply field is no reply', sent: '2026-03-02T09:00', replied: '', days: null },
  ])('$rule', ({ sent, replied, days }) => {
    expect(workingDaysBetween(sent, replied, holidays)).toBe(days);
  });

  it.each([
    { rule: 'a reply before the sending', sent: '2026-03-02T09:00', replied: '2026-03-02T08:59' },
    { rule: 'a date that does not exist', sent: '2026-02-30T09:00', replied: '2026-03-02T08:59' },
    { rule: 'a date without a time', sent: '2026-03-02', replied: '2026-03-03T08:00' },
  ])('refuses $rule', ({ sent, replied }) => {
    expect(() => workingDaysBetween(sent, replied, holidays)).toThrow(RangeError);
  });

  it('knows a datetime-local value', () => {
    expect(['2026-03-02T09:00', '2026-03-02T09:00:30'].map(isDateTimeLocal)).toEqual([true, true]);
    expect(['2026-13-02T09:00', '2026-03-02T24:00', '2026-03-02 09:00', ''].map(isDateTimeLocal)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
