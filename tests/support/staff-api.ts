import { latestInstrument } from './instruments';
import type { ServerProcess } from './server-process';

export type StaffSession = {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
};

/** Logs in as the demo researcher and calls the staff API with the session cookie and the CSRF header. */
export async function staffSession(server: ServerProcess): Promise<StaffSession> {
  const login = await fetch(`${server.baseUrl}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
    body: JSON.stringify(server.login),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json', 'x-driehoek-csrf': '1' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}

export type CreatedRound = { id: string; links: { audience: string; linkId: string }[] };

export type RoundOptions = {
  singleUseCodes?: boolean;
  audience?: 'parents' | 'professionals' | 'children';
  /** Days from today; negative is in the past. */
  opensInDays?: number;
  closesInDays?: number;
};

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A new round at the first demo location with the latest version of one questionnaire, still in draft. */
export async function createRound(staff: StaffSession, options: RoundOptions = {}): Promise<CreatedRound> {
  const audience = options.audience ?? 'parents';
  const locations = await staff.get<{ items: { id: string }[] }>('/api/locations');
  const locationId = locations.items[0]?.id;
  if (!locationId) throw new Error('no demo location');
  return staff.post<CreatedRound>('/api/rounds', {
    locationId,
    kind: 'follow_up',
    name: 'Browsertest',
    opensOn: isoDay(options.opensInDays ?? -1),
    closesOn: isoDay(options.closesInDays ?? 30),
    singleUseCodes: options.singleUseCodes ?? false,
    instruments: { [audience]: { key: audience, version: latestInstrument(audience).version } },
  });
}

/** Moves a round on (draft → open → closed). */
export function transitionRound(staff: StaffSession, roundId: string, to: 'open' | 'closed') {
  return staff.post<CreatedRound>(`/api/rounds/${roundId}/transition`, { to });
}

/** Complete and partial responses of one link, as the staff monitor counts them. */
export async function countResponses(staff: StaffSession, linkId: string) {
  const monitor = await staff.get<{ rows: { linkId: string; complete: number; partial: number }[] }>('/api/monitor');
  const row = monitor.rows.find((r) => r.linkId === linkId);
  return { complete: row?.complete ?? 0, partial: row?.partial ?? 0 };
}
