import type { InstrumentCatalog } from '@driehoek/surveys';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { RootSql } from './db';
import { AppError, validationError } from './errors';
import type { LinkCache } from './features/links/link-cache';
import type { SaveBatcher } from './features/responses/save-batcher';
import type { TrafficCounter } from './features/responses/traffic-counter';
import type { Logger } from './logger';
import { findNul } from './text-guard';

/** What every handler may use; passed to `createApp` so tests build the app on their own database and clock. */
export type AppDeps = {
  sql: RootSql;
  catalog: InstrumentCatalog;
  /** The clock, injectable so tests can move through a round's dates. */
  now: () => Date;
  logger: Logger;
  /** Base URL printed in letters and QR codes; defaults to the origin of the request. */
  publicUrl?: string;
  /** Minutes after closing during which people who were answering may finish (default 60). */
  graceMinutes?: number;
  /** New responses per link per minute (default 60). */
  linkRatePerMinute?: number;
  /** Chromium for PDF reports (default /usr/bin/chromium); PDFs are unavailable when it is missing. */
  chromiumPath?: string;
  /** Link rows reused by saves for a second; `createApp` makes one when none is given. */
  linkCache?: LinkCache;
  /** New responses per link and minute, counted in memory and written once a second; made by `createApp`. */
  traffic?: TrafficCounter;
  /** Writes concurrent saves together; made by `createApp`. */
  saves?: SaveBatcher;
};

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'researcher' | 'ikc' | 'municipality';
};

export type AppEnv = { Variables: { deps: AppDeps; user: SessionUser } };

/** Reads and validates a JSON body; a parse or schema failure is a 400 that names the field. */
export async function readJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  let text: string;
  try {
    text = await c.req.text();
    body = JSON.parse(text);
  } catch {
    throw new AppError('validation', 'body: geen geldige JSON', 'body');
  }
  // JSON can only carry U+0000 escaped; look for where only when the escape is there (a cheap test per request).
  if (text.includes('\\u0000')) refuseNul(body, 'body');
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** Validates a path parameter. */
export function readParam<S extends z.ZodType>(c: Context<AppEnv>, name: string, schema: S): z.infer<S> {
  const raw = c.req.param(name);
  refuseNul(raw, name);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, name);
  return parsed.data;
}

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

/** Validates the query string; a failure is a 400 naming the parameter. */
export function readQuery<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.infer<S> {
  const raw = c.req.query();
  refuseNul(raw, 'query');
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

function refuseNul(value: unknown, whole: string): void {
  const at = findNul(value);
  if (at === undefined) return;
  const field = at || whole;
  throw new AppError('validation', `${field}: bevat een ongeldig teken (U+0000)`, field);
}
