import { z } from 'zod';

/** The one error body every API answers with on a 4xx or 5xx. */
export const ApiErrorSchema = z.object({
  error: z.object({
    /** Stable, machine-readable code, e.g. `validation`, `link_unknown`. */
    code: z.string(),
    /** Human-readable message; names the field and the reason for validation errors. */
    message: z.string(),
    /** The offending field or question name, when there is one. */
    field: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The short list of error codes; details go in the message. */
export const ErrorCodes = [
  'validation',
  'not_found',
  'link_unknown',
  'link_not_open',
  'link_closed',
  'conflict',
  'unauthenticated',
  'forbidden',
  'payload_too_large',
  /** A write whose body is not declared as JSON. */
  'unsupported_media_type',
  'rate_limited',
  /** A capability this server cannot offer right now (PDF without Chromium). */
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];
