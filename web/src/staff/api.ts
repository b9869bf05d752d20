import {
  type ChangePasswordSchema,
  type IkcInput,
  IkcPageSchema,
  IkcSchema,
  type InviteUser,
  type LocationInput,
  LocationPageSchema,
  LocationSchema,
  type Login,
  type Me,
  MeSchema,
  type Monitor,
  MonitorSchema,
  type OrganisationInput,
  OrganisationPageSchema,
  OrganisationSchema,
  PasswordLinkSchema,
  type ReviewOpenAnswerSchema,
  type RoundInputSchema,
  RoundMonitorSchema,
  RoundSchema,
  type RoundStatus,
  type SaveVisit,
  UserSchema,
  VisitSchema,
} from '@driehoek/shared';
import type { z } from 'zod';
import { type ApiFailure, readApiFailure } from '../lib/api-error';
import {
  AuditPageSchema,
  CodeBatchSchema,
  InstrumentListSchema,
  InstrumentViewSchema,
  InvitationSchema,
  OpenAnswerListSchema,
  PdfAvailableSchema,
  RoundListSchema,
  UserListSchema,
  VisitListSchema,
} from './api-schemas';

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
function send<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  parser: Parser<T> | undefined,
  body?: unknown,
) {
  return request(path, parser, {
    method,
    headers: body === undefined ? csrfHeader : { ...csrfHeader, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Query of the paged lists: search, page, archived, and the parent they belong to. */
export type ListParams = {
  q?: string;
  page?: number;
  pageSize?: number;
  archived?: 'include' | 'exclude' | 'only';
  organisationId?: string;
  ikcId?: string;
};

/** `?q=…&page=…` with the empty values left out. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const id = encodeURIComponent;
const noContent = undefined;

export const staffApi = {
  me: (): Promise<Me> => request('/api/session/me', MeSchema),
  login: (login: Login): Promise<Me> => send('POST', '/api/session/login', MeSchema, login),
  logout: (): Promise<void> => send<void>('POST', '/api/session/logout', noContent),
  logoutEverywhere: (): Promise<void> => send<void>('POST', '/api/session/logout-everywhere', noContent),
  changePassword: (body: z.input<typeof ChangePasswordSchema>): Promise<void> =>
    send<void>('POST', '/api/session/password', noContent, body),
  setPassword: (body: { token: string; password: string }): Promise<Me> =>
    send('POST', '/api/session/password/set', MeSchema, body),
  monitor: (): Promise<Monitor> => request('/api/monitor', MonitorSchema),

  organisations: (p: ListParams = {}) => request(`/api/organisations${queryString(p)}`, OrganisationPageSchema),
  organisation: (orgId: string) => request(`/api/organisations/${id(orgId)}`, OrganisationSchema),
  createOrganisation: (body: OrganisationInput) => send('POST', '/api/organisations', OrganisationSchema, body),
  updateOrganisation: (orgId: string, body: OrganisationInput) =>
    send('PATCH', `/api/organisations/${id(orgId)}`, OrganisationSchema, body),
  archiveOrganisation: (orgId: string, archive: boolean) =>
    send('POST', `/api/organisations/${id(orgId)}/${archive ? 'archive' : 'restore'}`, OrganisationSchema),

  ikcs: (p: ListParams = {}) => request(`/api/ikcs${queryString(p)}`, IkcPageSchema),
  ikc: (ikcId: string) => request(`/api/ikcs/${id(ikcId)}`, IkcSchema),
  createIkc: (body: IkcInput) => send('POST', '/api/ikcs', IkcSchema, body),
  updateIkc: (ikcId: string, body: IkcInput) => send('PATCH', `/api/ikcs/${id(ikcId)}`, IkcSchema, body),
  archiveIkc: (ikcId: string, archive: boolean) =>
    send('POST', `/api/ikcs/${id(ikcId)}/${archive ? 'archive' : 'restore'}`, IkcSchema),

  locations: (p: ListParams = {}) => request(`/api/locations${queryString(p)}`, LocationPageSchema),
  location: (locationId: string) => request(`/api/locations/${id(locationId)}`, LocationSchema),
  createLocation: (body: LocationInput) => send('POST', '/api/locations', LocationSchema, body),
  updateLocation: (locationId: string, body: LocationInput) =>
    send('PATCH', `/api/locations/${id(locationId)}`, LocationSchema, body),
  archiveLocation: (locationId: string, archive: boolean) =>
    send('POST', `/api/locations/${id(locationId)}/${archive ? 'archive' : 'restore'}`, LocationSchema),

  rounds: (p: { q?: string; page?: number; pageSize?: number; locationId?: string; status?: RoundStatus } = {}) =>
    request(`/api/rounds${queryString(p)}`, RoundListSchema),
  round: (roundId: string) => request(`/api/rounds/${id(roundId)}`, RoundSchema),
  createRound: (body: z.input<typeof RoundInputSchema>) => send('POST', '/api/rounds', RoundSchema, body),
  setRoundDates: (roundId: string, dates: { opensOn: string; closesOn: string }) =>
    send('PATCH', `/api/rounds/${id(roundId)}/dates`, RoundSchema, dates),
  transitionRound: (roundId: string, to: RoundStatus) =>
    send('POST', `/api/rounds/${id(roundId)}/transition`, RoundSchema, { to }),
  roundMonitor: (roundId: string) => request(`/api/rounds/${id(roundId)}/monitor`, RoundMonitorSchema),

  createCodes: (roundId: string, body: { audience: string; count: number }) =>
    send('POST', `/api/codes/${id(roundId)}`, CodeBatchSchema, body),

  visits: (roundId: string) => request(`/api/visits${queryString({ roundId })}`, VisitListSchema),
  saveVisit: (visitId: string, body: SaveVisit) => send('PUT', `/api/visits/${id(visitId)}`, VisitSchema, body),
  deleteVisit: (visitId: string) => send<void>('DELETE', `/api/visits/${id(visitId)}`, noContent),

  openAnswers: (roundId: string) => request(`/api/open-answers/${id(roundId)}`, OpenAnswerListSchema),
  reviewOpenAnswer: (roundId: string, body: z.input<typeof ReviewOpenAnswerSchema>) =>
    send<void>('PUT', `/api/open-answers/${id(roundId)}`, noContent, body),

  users: () => request('/api/users', UserListSchema),
  inviteUser: (body: InviteUser) => send('POST', '/api/users', InvitationSchema, body),
  updateUser: (userId: string, body: Omit<InviteUser, 'email'>) =>
    send('PATCH', `/api/users/${id(userId)}`, UserSchema, body),
  resetPassword: (userId: string) => send('POST', `/api/users/${id(userId)}/reset-password`, PasswordLinkSchema),
  setUserDisabled: (userId: string, disabled: boolean) =>
    send('POST', `/api/users/${id(userId)}/${disabled ? 'disable' : 'enable'}`, UserSchema),

  audit: (page: number) => request(`/api/audit${queryString({ page, pageSize: 50 })}`, AuditPageSchema),

  instruments: () => request('/api/instruments', InstrumentListSchema),
  instrument: (key: string, version: number) => request(`/api/instruments/${id(key)}/${version}`, InstrumentViewSchema),

  pdfAvailable: (roundId: string) => request(`/api/reports/${id(roundId)}/pdf-available`, PdfAvailableSchema),
};

export type StaffApi = typeof staffApi;

export const isUnauthenticated = (error: unknown) => error instanceof StaffApiError && error.failure.status === 401;

/** The server's message, or a general one for anything that is not an API failure. */
export function failureMessage(error: unknown, fallback = 'Er ging iets mis. Probeer het opnieuw.'): string {
  return error instanceof StaffApiError ? error.failure.message : fallback;
}
