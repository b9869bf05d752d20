import { type Login, type Me, MeSchema, type Monitor, MonitorSchema } from '@driehoek/shared';
import { type ApiFailure, readApiFailure } from '../lib/api-error';

/** A failed staff API call; `failure.message` is the server's Dutch text, fit to show. */
export class StaffApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
    this.name = 'StaffApiError';
  }
}

type Parser<T> = { parse(value: unknown): T };

const csrfHeader = { 'X-Driehoek-CSRF': '1' };

async function request<T>(path: string, parser: Parser<T> | undefined, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch {
    throw new StaffApiError({
      status: 0,
      code: 'network',
      message: 'Geen verbinding met de server. Probeer het opnieuw.',
    });
  }
  if (!response.ok) throw new StaffApiError(await readApiFailure(response));
  if (!parser) return undefined as T;
  return parser.parse(await response.json());
}

/** State-changing calls carry the CSRF header, which a cross-site form cannot set. */
function send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, parser: Parser<T> | undefined, body?: unknown) {
  return request(path, parser, {
    method,
    headers: body === undefined ? csrfHeader : { ...csrfHeader, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const staffApi = {
  me: (): Promise<Me> => request('/api/session/me', MeSchema),
  login: (login: Login): Promise<Me> => send('POST', '/api/session/login', MeSchema, login),
  logout: (): Promise<void> => send<void>('POST', '/api/session/logout', undefined),
  monitor: (): Promise<Monitor> => request('/api/monitor', MonitorSchema),
};

export type StaffApi = typeof staffApi;

export const isUnauthenticated = (error: unknown) => error instanceof StaffApiError && error.failure.status === 401;
