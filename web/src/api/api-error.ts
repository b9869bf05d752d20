import { ApiErrorSchema } from '@driehoek/shared';

/** What a failed call tells: the HTTP status (0 without an answer), the server's code, its Dutch message, the field. */
export type ApiFailure = { status: number; code: string; message: string; field?: string };

/** The one error every API call throws; `message` is the server's Dutch text, fit to show. */
export class ApiError extends Error implements ApiFailure {
  readonly status: number;
  readonly code: string;
  readonly field?: string;

  constructor(failure: ApiFailure) {
    super(failure.message);
    this.name = 'ApiError';
    this.status = failure.status;
    this.code = failure.code;
    if (failure.field !== undefined) this.field = failure.field;
  }
}

export const NETWORK_MESSAGE = 'Geen verbinding met de server. Probeer het opnieuw.';

/** Reads the `{ error: { code, message, field? } }` body; a body of another shape still yields a readable error. */
export async function readApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiError({ status: response.status, ...parsed.data.error });
  return new ApiError({
    status: response.status,
    code: response.status >= 500 ? 'internal' : 'unknown',
    message: `Er ging iets mis (HTTP ${response.status}). Probeer het later opnieuw.`,
  });
}

/** Whether sending the same request again later may succeed: no answer at all, a 5xx, 408 or 429. */
export const isRetryableStatus = (status: number) => status === 0 || status >= 500 || status === 408 || status === 429;

export const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.status === 401;

/** The server's message, or a general one for anything that is not an API error. */
export function failureMessage(error: unknown, fallback = 'Er ging iets mis. Probeer het opnieuw.'): string {
  return error instanceof ApiError ? error.message : fallback;
}

/** The server prefixes validation messages with the field (`closesOn: …`); next to that field the prefix says nothing. */
export function messageWithoutField(failure: Pick<ApiFailure, 'field' | 'message'>): string {
  const prefix = failure.field ? `${failure.field}: ` : '';
  const text = prefix && failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
