/** Every page of the staff workspace, told apart by the path under `/app`; list state lives in the query string. */
export type StaffRoute =
  | { page: 'overview' }
  | { page: 'monitor' }
  | { page: 'organisations' }
  | { page: 'organisation'; id: string }
  | { page: 'structureImport'; organisationId: string }
  | { page: 'ikcs' }
  | { page: 'ikc'; id: string }
  | { page: 'ikcReport'; ikcId: string }
  | { page: 'locations' }
  | { page: 'location'; id: string }
  | { page: 'newRound'; locationId: string }
  | { page: 'rounds' }
  | { page: 'round'; id: string; tab: RoundTab }
  | { page: 'bulkRounds' }
  | { page: 'followUp'; roundId: string }
  | { page: 'visit'; roundId: string; visitId: string }
  | { page: 'plan'; roundId: string }
  | { page: 'meeting'; roundId: string }
  | { page: 'municipality'; organisationId?: string }
  | { page: 'users' }
  | { page: 'user'; id: string }
  | { page: 'audit' }
  | { page: 'backups' }
  | { page: 'instruments' }
  | { page: 'account' }
  | { page: 'setPassword' }
  | { page: 'notFound' };

export const roundTabs = [
  'status',
  'verspreiding',
  'respons',
  'bezoeken',
  'open-antwoorden',
  'rapport',
  'samenvattingen',
] as const;
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
      if (id && sub === 'import') return { page: 'structureImport', organisationId: id };
      return id ? { page: 'organisation', id } : { page: 'organisations' };
    case 'ikcs':
      if (id && sub === 'rapport') return { page: 'ikcReport', ikcId: id };
      return id ? { page: 'ikc', id } : { page: 'ikcs' };
    case 'locaties':
      if (id && sub === 'nieuwe-ronde') return { page: 'newRound', locationId: id };
      return id ? { page: 'location', id } : { page: 'locations' };
    case 'rondes':
      if (!id) return { page: 'rounds' };
      if (id === BULK) return { page: 'bulkRounds' };
      if (sub === 'vervolgmeting') return { page: 'followUp', roundId: id };
      if (sub === 'bezoeken' && subId) return { page: 'visit', roundId: id, visitId: subId };
      if (sub === 'plan') return { page: 'plan', roundId: id };
      if (sub === 'presentatie') return { page: 'meeting', roundId: id };
      if (sub === undefined) return { page: 'round', id, tab: 'status' };
      return isRoundTab(sub) ? { page: 'round', id, tab: sub } : { page: 'notFound' };
    case 'gebruikers':
      return id ? { page: 'user', id } : { page: 'users' };
    case 'gemeente':
      return id ? { page: 'municipality', organisationId: id } : { page: 'municipality' };
    case 'respons':
      return { page: 'monitor' };
    case 'auditlog':
      return { page: 'audit' };
    case 'back-ups':
      return { page: 'backups' };
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

/** The path segment of the bulk-rounds page; round ids are UUIDs, so it never hides a round. */
const BULK = 'in-bulk';

/** What a second coding of a visit starts from: the first coding's form version, visit code and date. */
export type SecondCoding = { version: number; visitCode: string; visitedOn: string };

/** Paths of the pages, so no component spells one by hand. */
export const paths = {
  /** Each role's home: the researcher's worklist, the IKC team's report and plan, the municipality's overview. */
  overview: () => '/app',
  /** The response monitor of every round the user may see. */
  monitor: () => '/app/respons',
  organisations: () => '/app/organisaties',
  organisation: (id: string) => `/app/organisaties/${e(id)}`,
  structureImport: (organisationId: string) => `/app/organisaties/${e(organisationId)}/import`,
  ikcs: (organisationId?: string) => `/app/ikcs${organisationId ? `?organisatie=${e(organisationId)}` : ''}`,
  ikc: (id: string, organisationId?: string) =>
    `/app/ikcs/${e(id)}${organisationId ? `?organisatie=${e(organisationId)}` : ''}`,
  /** The report of a whole IKC across its locations. */
  ikcReport: (ikcId: string) => `/app/ikcs/${e(ikcId)}/rapport`,
  locations: (ikcId?: string) => `/app/locaties${ikcId ? `?ikc=${e(ikcId)}` : ''}`,
  location: (id: string, ikcId?: string) => `/app/locaties/${e(id)}${ikcId ? `?ikc=${e(ikcId)}` : ''}`,
  newRound: (locationId: string) => `/app/locaties/${e(locationId)}/nieuwe-ronde`,
  rounds: () => '/app/rondes',
  /** Baselines for every location of an IKC or an organisation. */
  bulkRounds: (scope: { ikcId: string } | { organisationId: string }) =>
    `/app/rondes/${BULK}?${'ikcId' in scope ? `ikc=${e(scope.ikcId)}` : `organisatie=${e(scope.organisationId)}`}`,
  followUp: (roundId: string) => `/app/rondes/${e(roundId)}/vervolgmeting`,
  round: (id: string, tab: RoundTab = 'status') => `/app/rondes/${e(id)}${tab === 'status' ? '' : `/${tab}`}`,
  /** A visit; a new one on a form, or a second coding of a visit (same form version and visit code). */
  visit: (roundId: string, visitId: string, form?: string, coding?: SecondCoding) => {
    const query = new URLSearchParams();
    if (form) query.set('formulier', form);
    if (coding) {
      query.set('versie', String(coding.version));
      query.set('bezoekcode', coding.visitCode);
      query.set('datum', coding.visitedOn);
    }
    const search = query.toString();
    return `/app/rondes/${e(roundId)}/bezoeken/${e(visitId)}${search ? `?${search}` : ''}`;
  },
  plan: (roundId: string) => `/app/rondes/${e(roundId)}/plan`,
  /** The feedback meeting's presentation of a round's published report. */
  meeting: (roundId: string) => `/app/rondes/${e(roundId)}/presentatie`,
  municipality: (organisationId?: string) => `/app/gemeente${organisationId ? `/${e(organisationId)}` : ''}`,
  users: () => '/app/gebruikers',
  user: (id: string) => `/app/gebruikers/${e(id)}`,
  audit: () => '/app/auditlog',
  backups: () => '/app/back-ups',
  instruments: () => '/app/vragenlijsten',
  account: () => '/app/account',
};

export const NEW = 'nieuw';
