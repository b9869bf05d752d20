/** Every page of the staff workspace, told apart by the path under `/app`; list state lives in the query string. */
export type StaffRoute =
  | { page: 'overview' }
  | { page: 'organisations' }
  | { page: 'organisation'; id: string }
  | { page: 'ikcs' }
  | { page: 'ikc'; id: string }
  | { page: 'locations' }
  | { page: 'location'; id: string }
  | { page: 'newRound'; locationId: string }
  | { page: 'rounds' }
  | { page: 'round'; id: string; tab: RoundTab }
  | { page: 'visit'; roundId: string; visitId: string }
  | { page: 'plan'; roundId: string }
  | { page: 'municipality'; organisationId?: string }
  | { page: 'users' }
  | { page: 'user'; id: string }
  | { page: 'audit' }
  | { page: 'instruments' }
  | { page: 'account' }
  | { page: 'setPassword' }
  | { page: 'notFound' };

export const roundTabs = ['status', 'verspreiding', 'respons', 'bezoeken', 'open-antwoorden', 'rapport'] as const;
export type RoundTab = (typeof roundTabs)[number];

const isRoundTab = (value: string | undefined): value is RoundTab => roundTabs.some((t) => t === value);

/** `/app/locaties/<id>` → `{ page: 'location', id }`. `nieuw` as an id means a new object. */
export function parseStaffRoute(path: string): StaffRoute {
  const parts = path
    .replace(/^\/app\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  const [section, id, sub, subId] = parts;
  switch (section) {
    case undefined:
      return { page: 'overview' };
    case 'organisaties':
      return id ? { page: 'organisation', id } : { page: 'organisations' };
    case 'ikcs':
      return id ? { page: 'ikc', id } : { page: 'ikcs' };
    case 'locaties':
      if (id && sub === 'nieuwe-ronde') return { page: 'newRound', locationId: id };
      return id ? { page: 'location', id } : { page: 'locations' };
    case 'rondes':
      if (!id) return { page: 'rounds' };
      if (sub === 'bezoeken' && subId) return { page: 'visit', roundId: id, visitId: subId };
      if (sub === 'plan') return { page: 'plan', roundId: id };
      if (sub === undefined) return { page: 'round', id, tab: 'status' };
      return isRoundTab(sub) ? { page: 'round', id, tab: sub } : { page: 'notFound' };
    case 'gebruikers':
      return id ? { page: 'user', id } : { page: 'users' };
    case 'gemeente':
      return id ? { page: 'municipality', organisationId: id } : { page: 'municipality' };
    case 'auditlog':
      return { page: 'audit' };
    case 'vragenlijsten':
      return { page: 'instruments' };
    case 'account':
      return { page: 'account' };
    case 'wachtwoord':
      return { page: 'setPassword' };
    default:
      return { page: 'notFound' };
  }
}

const e = encodeURIComponent;

/** Paths of the pages, so no component spells one by hand. */
export const paths = {
  overview: () => '/app',
  organisations: () => '/app/organisaties',
  organisation: (id: string) => `/app/organisaties/${e(id)}`,
  ikcs: (organisationId?: string) => `/app/ikcs${organisationId ? `?organisatie=${e(organisationId)}` : ''}`,
  ikc: (id: string, organisationId?: string) =>
    `/app/ikcs/${e(id)}${organisationId ? `?organisatie=${e(organisationId)}` : ''}`,
  locations: (ikcId?: string) => `/app/locaties${ikcId ? `?ikc=${e(ikcId)}` : ''}`,
  location: (id: string, ikcId?: string) => `/app/locaties/${e(id)}${ikcId ? `?ikc=${e(ikcId)}` : ''}`,
  newRound: (locationId: string) => `/app/locaties/${e(locationId)}/nieuwe-ronde`,
  rounds: () => '/app/rondes',
  round: (id: string, tab: RoundTab = 'status') => `/app/rondes/${e(id)}${tab === 'status' ? '' : `/${tab}`}`,
  visit: (roundId: string, visitId: string, form?: string) =>
    `/app/rondes/${e(roundId)}/bezoeken/${e(visitId)}${form ? `?formulier=${e(form)}` : ''}`,
  plan: (roundId: string) => `/app/rondes/${e(roundId)}/plan`,
  municipality: (organisationId?: string) => `/app/gemeente${organisationId ? `/${e(organisationId)}` : ''}`,
  users: () => '/app/gebruikers',
  user: (id: string) => `/app/gebruikers/${e(id)}`,
  audit: () => '/app/auditlog',
  instruments: () => '/app/vragenlijsten',
  account: () => '/app/account',
};

export const NEW = 'nieuw';
