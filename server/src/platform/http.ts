import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './context';
import { AppError, validationError } from './errors';
import { findTextProblem, textProblemMessage } from './text-guard';

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
