import { ApiErrorSchema } from '@driehoek/shared';

/** A non-2xx answer from our API, with the server's (Dutch) message when it sent one. */
export type ApiFailure = { status: number; code: string; message: string; field?: string };

/** Reads the `{ error: { code, message, field? } }` body; a body of another shape still yields a readable failure. */
export async function readApiFailure(response: Response): Promise<ApiFailure> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) return { status: response.status, ...parsed.data.error };
  return {
    status: response.status,
    code: response.status >= 500 ? 'internal' : 'unknown',
    message: `Er ging iets mis (HTTP ${response.status}). Probeer het later opnieuw.`,
  };
}

/** Whether sending the same request again later may succeed. */
export const isRetryableStatus = (status: number) => status >= 500 || status === 408 || status === 429;
