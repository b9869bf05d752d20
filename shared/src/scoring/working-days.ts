/** A `datetime-local` value, YYYY-MM-DDTHH:MM (seconds allowed), as the visit form stores it. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/;

/** Whether a string is a real `datetime-local` moment (no 31 April, no 25:00). */
export function isDateTimeLocal(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day && hour < 24 && minute < 60;
}

/** Days since 1970-01-01 of the date part, so dates can be stepped through without a clock or a time zone. */
function dayNumber(dateTime: string): number {
  const [year, month, day] = dateTime.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

const isoOf = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** Monday to Friday and not a holiday (YYYY-MM-DD). */
function isWorkingDay(n: number, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(n * 86_400_000).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoOf(n));
}

/** The day itself when it is a working day, else the next working day. */
function nextWorkingDay(n: number, holidays: ReadonlySet<string>): number {
  let d = n;
  while (!isWorkingDay(d, holidays)) d++;
  return d;
}

/**
 * Working days from sending an email to the first personal reply, the way the public-service norm counts them:
 * both moments move to the next working day when they fall on a weekend or holiday (a reply on Saturday counts as
 * Monday, and so does a message sent on Saturday), then every working day after the sending day up to and including
 * the reply day counts. A reply on the sending day is 0, on the next working day 1. The time of day only decides the
 * order of the two moments. Null when no reply came (`repliedAt` undefined or empty); throws on a malformed
 * date-time or a reply before the sending, which the caller reports as not measurable.
 */
export function workingDaysBetween(
  sentAt: string,
  repliedAt: string | undefined,
  holidays: ReadonlySet<string>,
): number | null {
  if (!isDateTimeLocal(sentAt)) throw new RangeError(`sent at "${sentAt}" is not a date-time`);
  if (repliedAt === undefined || repliedAt === '') return null;
  if (!isDateTimeLocal(repliedAt)) throw new RangeError(`replied at "${repliedAt}" is not a date-time`);
  // Same-length ISO strings compare in time order.
  if (repliedAt.padEnd(19, ':00') < sentAt.padEnd(19, ':00'))
    throw new RangeError(`the reply (${repliedAt}) comes before the sending (${sentAt})`);
  const from = nextWorkingDay(dayNumber(sentAt), holidays);
  const to = nextWorkingDay(dayNumber(repliedAt), holidays);
  let count = 0;
  for (let d = from + 1; d <= to; d++) if (isWorkingDay(d, holidays)) count++;
  return count;
}
