import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from './errors';

/**
 * Refuses bodies over `maxBytes` with a 413 naming the body. A request that declares its length is checked on the
 * header alone (Node's parser never reads past a declared length), so the body stays on the Node adapter's fast
 * path; Hono's own `bodyLimit` wraps the body in a web stream on every request, which cost a fifth of a
 * submission's CPU. Chunked bodies, which declare nothing, still go through Hono's counting stream.
 */
export function limitBody(maxBytes: number, message: string): MiddlewareHandler {
  const tooLarge = () => {
    throw new AppError('payload_too_large', message, 'body');
  };
  const counting = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return counting(c, next);
    if (Number(declared) > maxBytes) tooLarge();
    await next();
  };
}

/** The body limit of a write, by path: a login is a few hundred bytes, a questionnaire up to 40 items and two long
 * open answers, a staff form a few kilobytes. The first entry whose prefix (and `pattern`, where an id sits in the
 * middle of the path) matches wins. */
export const BODY_LIMITS: ReadonlyArray<{ prefix: string; pattern?: RegExp; maxBytes: number; message: string }> = [
  { prefix: '/api/responses/', maxBytes: 256 * 1024, message: 'body: de antwoorden zijn groter dan 256 kB' },
  { prefix: '/api/visits/', maxBytes: 256 * 1024, message: 'body: het bezoek is groter dan 256 kB' },
  { prefix: '/api/session/', maxBytes: 4 * 1024, message: 'body: te groot voor dit verzoek (hoogstens 4 kB)' },
  // An imported spreadsheet travels as base64 in JSON: 5 MB carries a file of about 3.7 MB.
  {
    prefix: '/api/structure-import',
    maxBytes: 5 * 1024 * 1024,
    message: 'body: het bestand is te groot (hoogstens ongeveer 3,7 MB)',
  },
  // Three criteria, a date and a note of at most 2,000 characters (8 kB even in four-byte characters).
  { prefix: '/api/meetings/', maxBytes: 16 * 1024, message: 'body: de afspraken zijn groter dan 16 kB' },
  // A committee decision (subject, reason of 2,000 characters) or a comment of 2,000: 16 kB even in four-byte text.
  {
    prefix: '/api/plans/',
    pattern: /^\/api\/plans\/[^/]+\/(decisions|comments)$/,
    maxBytes: 16 * 1024,
    message: 'body: het besluit of de reactie is groter dan 16 kB',
  },
  { prefix: '/api/', maxBytes: 64 * 1024, message: 'body: het verzoek is groter dan 64 kB' },
];

/**
 * Every API write gets the limit of its path before any handler reads the body, so no route can forget one. GET
 * and HEAD carry no body worth reading and pass.
 */
export function limitApiBodies(): MiddlewareHandler {
  const limiters = new Map(BODY_LIMITS.map((l) => [l, limitBody(l.maxBytes, l.message)]));
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const match = bodyLimitOf(c.req.path);
    const limit = match && limiters.get(match);
    return limit ? limit(c, next) : next();
  };
}

/** The limit that applies to a path, or undefined outside `/api/`. */
export function bodyLimitOf(path: string): (typeof BODY_LIMITS)[number] | undefined {
  return BODY_LIMITS.find((l) => path.startsWith(l.prefix) && (!l.pattern || l.pattern.test(path)));
}
