/** A calendar date as YYYY-MM-DD. */
const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The date `days` after a date, in UTC so no time zone or daylight-saving change can shift it. */
function plusDays(year: number, month: number, day: number, days: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Easter Sunday of a Gregorian year by the anonymous (Meeus/Jones/Butcher) computus, as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * The Dutch public holidays of a year (Algemene termijnenwet), as YYYY-MM-DD: Nieuwjaarsdag, Eerste and Tweede
 * Paasdag, Koningsdag (27 April, 26 April when the 27th is a Sunday), Bevrijdingsdag, Hemelvaartsdag, Eerste and
 * Tweede Pinksterdag, Eerste and Tweede Kerstdag. Goede Vrijdag is left out: it is no general day off. Bevrijdingsdag
 * (5 May) is in every year, although most collective agreements give it off only every fifth year: an email norm for
 * public services should not count a day many of them are closed against the IKC.
 */
export function dutchPublicHolidays(year: number): ReadonlySet<string> {
  const [y, m, d] = easterSunday(year).split('-').map(Number) as [number, number, number];
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? isoDate(year, 4, 26) : isoDate(year, 4, 27);
  return new Set([
    isoDate(year, 1, 1),
    plusDays(y, m, d, 0),
    plusDays(y, m, d, 1),
    kingsDay,
    isoDate(year, 5, 5),
    plusDays(y, m, d, 39),
    plusDays(y, m, d, 49),
    plusDays(y, m, d, 50),
    isoDate(year, 12, 25),
    isoDate(year, 12, 26),
  ]);
}

/** The Dutch public holidays of every year from `first` to `last`, in one set. */
export function dutchPublicHolidaysBetween(first: number, last: number): ReadonlySet<string> {
  const out = new Set<string>();
  for (let year = first; year <= last; year++) for (const day of dutchPublicHolidays(year)) out.add(day);
  return out;
}
