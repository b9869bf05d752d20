import { z } from 'zod';

export const AudienceSchema = z.enum(['parents', 'professionals', 'children']);
export type Audience = z.infer<typeof AudienceSchema>;

/** Link ids are 128 random bits, base64url without padding (22 characters). */
export const LinkIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'geen geldige link');

export const LocaleSchema = z.enum(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
export type Locale = z.infer<typeof LocaleSchema>;

/** A calendar date without time of day, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD');
