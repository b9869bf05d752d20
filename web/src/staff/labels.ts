import type { Audience, Role, RoundStatus } from '@driehoek/shared';

export const audienceNames: Record<Audience, string> = {
  parents: 'Ouders',
  professionals: 'Medewerkers',
  children: 'Kinderen',
};

export const roleNames: Record<Role, string> = {
  admin: 'Beheerder',
  researcher: 'Onderzoeker',
  ikc: 'IKC-medewerker',
  municipality: 'Gemeente',
};

export const roundStatusNames: Record<RoundStatus, string> = {
  draft: 'Concept',
  open: 'Open',
  closed: 'Gesloten',
  reported: 'Gerapporteerd',
};

export const roundKindNames = { baseline: 'Nulmeting', follow_up: 'Vervolgmeting' } as const;

export const organisationKindNames = { municipality: 'Gemeente', school_board: 'Schoolbestuur' } as const;

export const localeNames: Record<string, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  uk: 'Oekraïens',
};

const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

/** `2026-11-01` → `1 nov 2026`, whatever the browser's time zone. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? dayFormat.format(new Date(Date.UTC(y, m - 1, d, 12))) : iso;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** Mystery-guest touchpoints by form key, in the order a (prospective) parent meets them. */
export const touchpointNames: Record<string, string> = {
  'mg-website': 'Website en schoolgids',
  'mg-email': 'E-mail of contactformulier',
  'mg-phone': 'Telefoon',
  'mg-building': 'Eerste bezoek aan het gebouw',
  'mg-intake': 'Rondleiding of intakegesprek',
  'mg-followup': 'Opvolging',
};

export const touchpointName = (key: string) => touchpointNames[key] ?? key;
export const touchpointOrder = (key: string) => {
  const index = Object.keys(touchpointNames).indexOf(key);
  return index === -1 ? 99 : index;
};
