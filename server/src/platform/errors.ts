import type { ErrorCode } from '@driehoek/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  link_not_open: 403,
  not_found: 404,
  link_unknown: 404,
  conflict: 409,
  link_closed: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/** The one error type. Domain code and routes throw it; `onError` turns it into the JSON error body. */
export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

/**
 * A zod failure as a 400 naming the first field and why; a failure of the whole value (not an object, say) names
 * `whole`: the body, the query or the path parameter.
 */
export function validationError(error: z.ZodError, prefix?: string, whole = 'body'): AppError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? [])].filter((p) => p !== undefined && p !== '').join('.');
  const field = path || whole;
  const reason = issue?.message ?? 'ongeldige waarde';
  return new AppError('validation', field ? `${field}: ${reason}` : reason, field);
}
