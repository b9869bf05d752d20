import { z } from 'zod';

export const AudienceSchema = z.enum(['parents', 'professionals', 'children']);
export type Audience = z.infer<typeof AudienceSchema>;

/** Link ids are 128 random bits, base64url without padding (22 characters). */
export const LinkIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'geen geldige link');

export const LocaleSchema = z.enum(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
export type Locale = z.infer<typeof LocaleSchema>;

/** Whether `YYYY-MM-DD` names a day of the calendar (no 30 February), in years the database and a scan can hold. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date without time of day, `YYYY-MM-DD`, that exists (2026-02-30 does not). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD')
  .refine(isCalendarDate, 'deze datum bestaat niet (of ligt buiten 1900–2999)');
