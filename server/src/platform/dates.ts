/** Today's date in the Netherlands as YYYY-MM-DD: rounds open and close on Dutch calendar days. */
// Building an Intl formatter costs more than a whole query; build it once.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// Formatting still shows in a busy server's profile; every save asks within the same minute, and a Dutch day
// always starts on a whole minute, so the last minute's answer is reused.
let lastMinute = Number.NaN;
let lastDay = '';

export function dutchDate(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = amsterdamDay.format(at);
    lastMinute = minute;
  }
  return lastDay;
}

const amsterdamMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Dutch local time as `YYYY-MM-DDTHH:MM`, as publications are stamped. */
export const dutchMinute = (at: Date): string => amsterdamMinute.format(at).replace(' ', 'T');
