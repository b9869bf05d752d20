import { type Answer, type CallArgs, type Endpoint, pathOf } from '@driehoek/shared';
import { ApiError, NETWORK_MESSAGE, readApiError } from './api-error';

export {
  ApiError,
  type ApiFailure,
  failureMessage,
  isRetryableStatus,
  isUnauthenticated,
  messageWithoutField,
} from './api-error';

export type CallOptions = {
  signal?: AbortSignal;
  /** Lets the request finish when the tab closes right after it (the respondent's last save). */
  keepalive?: boolean;
};

/** Browsers refuse a keepalive request with a body over 64 kB; stay well under it. */
const KEEPALIVE_LIMIT = 60_000;

type Address = { params?: Readonly<Record<string, string | number>>; query?: Readonly<Record<string, unknown>> };
const addressOf = (e: Endpoint, args: Address) => pathOf(e, args.params, args.query);

/**
 * Calls one endpoint of the API table in shared/ and answers what its `answer` schema parses, or nothing for a 204.
 * Writes carry the CSRF header a cross-site form cannot set. Every failure is one `ApiError`: the server's
 * `{ error }` body, status 0 without an answer, status 502 for an answer that breaks the contract.
 *
 * @example const round = await call(api.rounds.get, { params: { id } });
 */
export async function call<E extends Endpoint>(e: E, args: CallArgs<E>, options: CallOptions = {}): Promise<Answer<E>> {
  if (e.answer === 'file') throw new Error(`${e.path} is a file: link to href(…) instead`);
  const json = args.body === undefined ? undefined : JSON.stringify(args.body);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (e.method !== 'GET') headers['X-Driehoek-CSRF'] = '1';
  if (json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(addressOf(e, args as Address), {
      method: e.method,
      credentials: 'same-origin',
      headers,
      body: json,
      signal: options.signal,
      keepalive: options.keepalive === true && new TextEncoder().encode(json ?? '').length < KEEPALIVE_LIMIT,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network', message: NETWORK_MESSAGE });
  }
  if (!response.ok) throw await readApiError(response);
  if (e.answer === 'none') return undefined as Answer<E>;
  const parsed = e.answer.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError({
      status: 502,
      code: 'unreadable_answer',
      message: 'Het antwoord van de server kon niet worden gelezen.',
    });
  }
  return parsed.data as Answer<E>;
}

/** The address of a JSON read, for what keeps its answer beyond one call (the visit page's offline copy). */
export function readAddress<E extends Endpoint & { method: 'GET' }>(e: E, args: CallArgs<E>): string {
  return addressOf(e, args as Address);
}

/** The address of a download, a printable page or an image, for an `href` or `src` the browser opens itself. */
export function href<E extends Endpoint & { answer: 'file' }>(e: E, args: CallArgs<E>): string {
  return addressOf(e, args as Address);
}
