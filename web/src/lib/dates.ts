const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

/** `2026-11-01` → `1 nov 2026`, whatever the browser's time zone. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? dayFormat.format(new Date(Date.UTC(y, m - 1, d, 12))) : iso;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
