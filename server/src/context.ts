import type { InstrumentCatalog } from '@driehoek/surveys';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { RootSql } from './db';
import { AppError, validationError } from './errors';
import type { LinkCache } from './features/links/link-cache';
import type { SaveBatcher } from './features/responses/save-batcher';
import type { TrafficCounter } from './features/responses/traffic-counter';
import type { Logger } from './logger';
import { findTextProblem, textProblemMessage } from './text-guard';
import type { ClientFailures } from './throttle/client-failures';

/** What every handler may use; passed to `createApp` so tests build the app on their own database and clock. */
export type AppDeps = {
  sql: RootSql;
  catalog: InstrumentCatalog;
  /** The clock, injectable so tests can move through a round's dates. */
  now: () => Date;
  logger: Logger;
  /**
   * Base URL of every link handed out (letters, QR codes, invitations); main sets DRIEHOEK_PUBLIC_URL or the
   * listening address, never the request's Host. Defaults to DEFAULT_PUBLIC_URL in tests.
   */
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
  /** Failed logins and bad single-use codes per client address, in memory; made by `createApp`. */
  clientFailures?: { logins: ClientFailures; codes: ClientFailures };
};

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'researcher' | 'ikc' | 'municipality';
};

export type AppEnv = { Variables: { deps: AppDeps; user: SessionUser } };

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** Reads and validates a JSON body; a parse or schema failure is a 400 that names the field. */
export async function readJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  // Only JSON is read as JSON: a form post or a text/plain body from another site is refused before it is read.
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    throw new AppError(
      'unsupported_media_type',
      'content-type: stuur de gegevens als application/json',
      'content-type',
    );
  }
  // Read outside the try: a body over its limit is a 413 from the counting stream, not bad JSON.
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('validation', 'body: geen geldige JSON', 'body');
  }
  refuseBadText(body, 'body');
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** Validates a path parameter. */
export function readParam<S extends z.ZodType>(c: Context<AppEnv>, name: string, schema: S): z.infer<S> {
  const raw = c.req.param(name);
  refuseBadText(raw, name);
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
  refuseBadText(raw, 'query');
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, undefined, 'query');
  return parsed.data;
}

/**
 * Refuses text the database or the serialiser would fail on later (U+0000, lone surrogates, parser-bomb nesting)
 * with a 400 naming the field, before anything is read from or written to the database.
 */
function refuseBadText(value: unknown, whole: string): void {
  const problem = findTextProblem(value);
  if (!problem) return;
  const field = problem.path || whole;
  throw new AppError('validation', `${field}: ${textProblemMessage(problem.reason)}`, field);
}
