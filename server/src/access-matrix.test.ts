import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Capabilities, type Capability, can, type Role } from '@driehoek/shared';
import { loadActionLibrary, loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './features/accounts/password';
import { insertUser } from './features/accounts/session-queries';
import { insertPlan } from './features/plans/queries';
import { insertRound } from './features/rounds/queries';
import { insertLocation } from './features/structure/location-queries';
import { insertIkc, insertOrganisation } from './features/structure/organisation-queries';
import { upsertVisit } from './features/visits/queries';
import { BackupService } from './platform/backup/backup-service';
import type { Database } from './platform/db';
import { silentLogger } from './platform/logger';
import { openTestDatabase, testApp } from './test-support/test-database';

/**
 * Every staff endpoint × every role × an object inside the user's scope (side A) and one outside it (side B).
 * Inside: allowed roles succeed and the others get 403. Outside: nobody but an admin gets anything.
 */

const ROLES: readonly Role[] = ['admin', 'researcher', 'ikc', 'municipality'];

/**
 * Who may do what, written out by hand: the expectations of this file, independent of `can()` in
 * shared/src/access/permissions.ts, so a change there that nobody meant fails here instead of moving both sides.
 * The type makes a new capability fail to compile until it gets its row.
 */
const ALLOWED: Record<Capability, Record<Role, boolean>> = {
  'structure.write': { admin: true, researcher: true, ikc: false, municipality: false },
  'structure.read': { admin: true, researcher: true, ikc: true, municipality: true },
  'rounds.write': { admin: true, researcher: true, ikc: false, municipality: false },
  'rounds.read': { admin: true, researcher: true, ikc: true, municipality: true },
  'monitor.read': { admin: true, researcher: true, ikc: true, municipality: true },
  'visits.write': { admin: true, researcher: true, ikc: false, municipality: false },
  'visits.read': { admin: true, researcher: true, ikc: false, municipality: false },
  'review.write': { admin: true, researcher: true, ikc: false, municipality: false },
  'report.read': { admin: true, researcher: true, ikc: true, municipality: true },
  'report.publish': { admin: true, researcher: true, ikc: false, municipality: false },
  'plan.write': { admin: true, researcher: true, ikc: true, municipality: false },
  'plan.decide': { admin: true, researcher: false, ikc: false, municipality: true },
  'plan.comment': { admin: true, researcher: true, ikc: true, municipality: true },
  'meeting.read': { admin: true, researcher: true, ikc: true, municipality: false },
  'meeting.record': { admin: true, researcher: true, ikc: false, municipality: false },
  'overview.read': { admin: true, researcher: true, ikc: false, municipality: true },
  'users.manage': { admin: true, researcher: true, ikc: false, municipality: false },
  'audit.read': { admin: true, researcher: false, ikc: false, municipality: false },
  'backups.manage': { admin: true, researcher: false, ikc: false, municipality: false },
  'instruments.read': { admin: true, researcher: true, ikc: false, municipality: false },
  'responses.exclude': { admin: true, researcher: true, ikc: false, municipality: false },
  'lifecycle.manage': { admin: true, researcher: false, ikc: false, municipality: false },
  'privacy.write': { admin: true, researcher: true, ikc: false, municipality: false },
};

type Side = 'A' | 'B';
type Actor = { label: string; role: Role; cookie: string };
type Case = {
  name: string;
  capability: Capability;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** Builds the path (and fresh objects when the call changes state) for an object on that side. */
  path: (side: Side) => Promise<string> | string;
  body?: (side: Side) => Promise<unknown> | unknown;
  /**
   * What an allowed role gets outside its scope: 404 for an object, 400 for a parent named in the body, 'ok' for
   * what no scope narrows (the published questionnaires).
   */
  outside?: 404 | 400 | 403 | 'ok';
  /**
   * The object pools a whole IKC (its report): a user scoped to one location of it gets 404 there too, as if it lay
   * outside, because it would show the other locations' figures.
   */
  wholeIkc?: true;
};

let db: Database;
let app: ReturnType<typeof testApp>;
const PASSWORD = 'matrix-wachtwoord';
const fx = {} as Record<Side, { org: string; ikc: string; loc: string; round: string }> & {
  users: Record<string, string>;
};
const actors: Actor[] = [];
const catalog = loadInstruments();

/** A published mystery-guest form. None at all is a bug in surveys/: the case fails instead of leaving the matrix. */
function mysteryForm(): { key: string; version: number } {
  const form = catalog.all.find((f) => f.perspective === 'mystery-guest');
  if (!form) throw new Error('surveys/ has no mystery-guest form');
  return { key: form.key, version: form.version };
}

async function side(name: Side) {
  const org = await insertOrganisation(db.sql, { name: `Org ${name}`, kind: 'municipality' });
  const ikc = await insertIkc(db.sql, { organisationId: org, name: `IKC ${name}` });
  const loc = await insertLocation(db.sql, { ikcId: ikc, name: `Loc ${name}1`, families: 50 });
  const round = await freshRound(loc, 'open');
  return { org, ikc, loc, round };
}

async function freshRound(locationId: string, status: 'draft' | 'open' = 'draft') {
  const { roundId } = await insertRound(db.sql, {
    locationId,
    kind: 'baseline',
    status,
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    instruments: { parents: { key: 'parents', version: 1 } },
  });
  return roundId;
}

/** A closed round of the side's location with its report published (once per side): a meeting needs one. */
const publishedRounds: Partial<Record<Side, Promise<string>>> = {};
function publishedRound(s: Side): Promise<string> {
  publishedRounds[s] ??= (async () => {
    const { roundId } = await insertRound(db.sql, {
      locationId: fx[s].loc,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2026-09-01',
      closesOn: '2026-10-31',
      instruments: { parents: { key: 'parents', version: 1 } },
    });
    const admin = actors.find((a) => a.role === 'admin');
    const res = await app.request(`/api/reports/${roundId}/publish`, {
      method: 'POST',
      headers: { cookie: admin?.cookie ?? '', 'x-driehoek-csrf': '1' },
    });
    if (!res.ok) throw new Error(`publishing a round for the matrix: ${res.status} ${await res.text()}`);
    return roundId;
  })();
  return publishedRounds[s];
}

/** A plan on a fresh closed round of the side's location: a committee decision needs a plan without one. */
async function freshPlan(s: Side): Promise<string> {
  const { roundId } = await insertRound(db.sql, {
    locationId: fx[s].loc,
    kind: 'baseline',
    status: 'closed',
    opensOn: '2025-09-01',
    closesOn: '2025-10-31',
    instruments: { parents: { key: 'parents', version: 1 } },
  });
  return insertPlan(db.sql, {
    locationId: fx[s].loc,
    roundId,
    title: `Plan ${s}`,
    libraryVersion: loadActionLibrary().version,
    createdBy: null,
  });
}

async function user(email: string, role: Role, scope: { organisation?: string; ikc?: string; location?: string }) {
  const id = await insertUser(db.sql, { email, name: email, role, passwordHash: await hashPassword(PASSWORD) });
  if (scope.organisation)
    await db.sql`insert into user_scopes (user_id, organisation_id) values (${id}, ${scope.organisation})`;
  if (scope.ikc) await db.sql`insert into user_scopes (user_id, ikc_id) values (${id}, ${scope.ikc})`;
  if (scope.location) await db.sql`insert into user_scopes (user_id, location_id) values (${id}, ${scope.location})`;
  const res = await app.request('/api/session/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-driehoek-csrf': '1' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

beforeAll(async () => {
  db = await openTestDatabase();
  // A folder that is never written: listing the backups is enough to check who may.
  const backups = new BackupService({
    sql: db.sql,
    database: 'embedded',
    folder: join(tmpdir(), `driehoek-matrix-${randomUUID()}`),
    keep: 1,
    automatic: false,
    now: () => new Date(),
    logger: silentLogger,
  });
  app = testApp(db, undefined, { backups });
  fx.A = await side('A');
  fx.B = await side('B');
  actors.push(
    { label: 'admin', role: 'admin', cookie: await user('admin@x.nl', 'admin', {}) },
    {
      label: 'researcher of A',
      role: 'researcher',
      cookie: await user('onderzoeker@x.nl', 'researcher', { organisation: fx.A.org }),
    },
    {
      label: 'municipality of A',
      role: 'municipality',
      cookie: await user('gemeente@x.nl', 'municipality', { organisation: fx.A.org }),
    },
    { label: 'ikc team of IKC A', role: 'ikc', cookie: await user('ikc@x.nl', 'ikc', { ikc: fx.A.ikc }) },
    {
      label: 'ikc team of location A1',
      role: 'ikc',
      cookie: await user('locatie@x.nl', 'ikc', { location: fx.A.loc }),
    },
  );
});
afterAll(() => db?.close());

/** A complete response in the round, inserted as a save would; the last one per side is the one excluded. */
const lastResponse: Partial<Record<Side, string>> = {};
async function freshResponse(roundId: string): Promise<string> {
  const [link] = await db.sql<
    { id: string }[]
  >`select id from links where round_id = ${roundId} and audience = 'parents'`;
  const id = randomUUID();
  await db.sql`insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale,
                                      answers, status, received_on)
               values (${id}, ${link?.id ?? ''}, ${roundId}, 'parents', 'parents', 1, 'nl', '{}'::jsonb, 'complete',
                       '2026-11-20')`;
  return id;
}

const freshLocation = async (s: Side) =>
  insertLocation(db.sql, { ikcId: fx[s].ikc, name: `Extra ${randomUUID().slice(0, 6)}` });
const freshIkc = async (s: Side) =>
  insertIkc(db.sql, { organisationId: fx[s].org, name: `Extra IKC ${randomUUID().slice(0, 6)}` });

const cases: Case[] = [
  {
    name: 'read an organisation',
    capability: 'structure.read',
    method: 'GET',
    path: (s) => `/api/organisations/${fx[s].org}`,
  },
  {
    name: 'edit an organisation',
    capability: 'structure.write',
    method: 'PATCH',
    path: (s) => `/api/organisations/${fx[s].org}`,
    body: (s) => ({ name: `Org ${s}`, kind: 'municipality' }),
  },
  { name: 'read an IKC', capability: 'structure.read', method: 'GET', path: (s) => `/api/ikcs/${fx[s].ikc}` },
  {
    name: 'edit an IKC',
    capability: 'structure.write',
    method: 'PATCH',
    path: (s) => `/api/ikcs/${fx[s].ikc}`,
    body: (s) => ({ organisationId: fx[s].org, name: `IKC ${s}` }),
  },
  {
    name: 'archive an IKC',
    capability: 'structure.write',
    method: 'POST',
    path: async (s) => `/api/ikcs/${await freshIkc(s)}/archive`,
  },
  {
    name: 'create an IKC in an organisation',
    capability: 'structure.write',
    method: 'POST',
    path: () => '/api/ikcs',
    body: (s) => ({ organisationId: fx[s].org, name: 'Nieuw IKC' }),
    outside: 400,
  },
  { name: 'read a location', capability: 'structure.read', method: 'GET', path: (s) => `/api/locations/${fx[s].loc}` },
  {
    name: 'edit a location',
    capability: 'structure.write',
    method: 'PATCH',
    path: (s) => `/api/locations/${fx[s].loc}`,
    body: (s) => ({ ikcId: fx[s].ikc, name: `Loc ${s}1`, hasSchool: true, hasChildcare: true, families: 50 }),
  },
  {
    name: 'create a location in an IKC',
    capability: 'structure.write',
    method: 'POST',
    path: () => '/api/locations',
    body: (s) => ({ ikcId: fx[s].ikc, name: 'Nieuwe locatie', hasSchool: true, hasChildcare: false }),
    outside: 400,
  },
  {
    name: 'archive a location',
    capability: 'structure.write',
    method: 'POST',
    path: async (s) => `/api/locations/${await freshLocation(s)}/archive`,
  },
  { name: 'read a round', capability: 'rounds.read', method: 'GET', path: (s) => `/api/rounds/${fx[s].round}` },
  {
    name: 'follow a round’s responses',
    capability: 'monitor.read',
    method: 'GET',
    path: (s) => `/api/rounds/${fx[s].round}/monitor`,
  },
  {
    name: 'create a round',
    capability: 'rounds.write',
    method: 'POST',
    path: () => '/api/rounds',
    body: (s) => ({
      locationId: fx[s].loc,
      kind: 'baseline',
      opensOn: '2026-12-01',
      closesOn: '2026-12-20',
      instruments: { parents: { key: 'parents', version: 1 } },
    }),
    outside: 400,
  },
  {
    name: 'change a round’s dates',
    capability: 'rounds.write',
    method: 'PATCH',
    path: async (s) => `/api/rounds/${await freshRound(fx[s].loc)}/dates`,
    body: () => ({ opensOn: '2026-11-02', closesOn: '2026-12-30' }),
  },
  {
    name: 'open a round',
    capability: 'rounds.write',
    method: 'POST',
    path: async (s) => `/api/rounds/${await freshRound(fx[s].loc)}/transition`,
    body: () => ({ to: 'open' }),
  },
  {
    name: 'preview an import of IKCs and locations',
    capability: 'structure.write',
    method: 'POST',
    path: () => '/api/structure-import/preview',
    body: (s) => ({
      organisationId: fx[s].org,
      fileName: 'locaties.csv',
      content: Buffer.from('ikc;locatie;school;opvang\nIKC Nieuw;Noord;ja;ja\n').toString('base64'),
    }),
    outside: 400,
  },
  {
    name: 'plan baselines for every location of an IKC',
    capability: 'rounds.write',
    method: 'GET',
    path: (s) => `/api/rounds/bulk/plan?ikcId=${fx[s].ikc}`,
  },
  {
    name: 'create baselines for every location of an IKC',
    capability: 'rounds.write',
    method: 'POST',
    path: () => '/api/rounds/bulk',
    body: (s) => ({
      ikcId: fx[s].ikc,
      opensOn: '2027-01-11',
      closesOn: '2027-01-29',
      instruments: { parents: { key: 'parents', version: 1 } },
    }),
    outside: 400,
  },
  {
    name: 'read a round’s series',
    capability: 'rounds.read',
    method: 'GET',
    path: (s) => `/api/rounds/${fx[s].round}/series`,
  },
  {
    name: 'create a follow-up from a round',
    capability: 'rounds.write',
    method: 'POST',
    path: (s) => `/api/rounds/${fx[s].round}/follow-up`,
    body: () => ({
      opensOn: '2027-03-01',
      closesOn: '2027-03-20',
      instruments: { parents: { key: 'parents', version: 1 } },
    }),
  },
  {
    name: 'see whether a reminder is due',
    capability: 'rounds.read',
    method: 'GET',
    path: (s) => `/api/distribution/${fx[s].round}/reminder`,
  },
  {
    name: 'open a reminder kit',
    capability: 'rounds.read',
    method: 'GET',
    path: (s) => `/api/distribution/${fx[s].round}/parents/reminder/ar`,
  },
  {
    name: 'download a QR code',
    capability: 'rounds.read',
    method: 'GET',
    path: (s) => `/api/distribution/${fx[s].round}/parents/qr.svg`,
  },
  {
    name: 'open the letter',
    capability: 'rounds.read',
    method: 'GET',
    path: (s) => `/api/distribution/${fx[s].round}/parents/letter`,
  },
  {
    name: 'list mystery-guest visits',
    capability: 'visits.read',
    method: 'GET',
    path: (s) => `/api/visits?roundId=${fx[s].round}`,
  },
  {
    name: 'record a mystery-guest visit',
    capability: 'visits.write',
    method: 'PUT',
    path: () => `/api/visits/${randomUUID()}`,
    body: (s) => ({ roundId: fx[s].round, instrument: mysteryForm(), visitedOn: '2026-11-20', answers: {} }),
  },
  {
    name: 'list double-coded mystery-guest visits',
    capability: 'visits.read',
    method: 'GET',
    path: (s) => `/api/visits/double-codings?roundId=${fx[s].round}`,
  },
  {
    name: 'settle a double-coded mystery-guest visit',
    capability: 'visits.write',
    method: 'POST',
    path: () => '/api/visits/settlements',
    body: async (s) => ({
      roundId: fx[s].round,
      instrumentKey: 'mg-phone',
      visitCode: await doubleCodedVisit(fx[s].round),
      answers: { ph_names: 'partly' },
    }),
  },
  {
    name: 'download the mystery-guest visits',
    capability: 'review.write',
    method: 'GET',
    path: (s) => `/api/exports/${fx[s].round}/visits.csv`,
  },
  {
    name: 'read open answers',
    capability: 'review.write',
    method: 'GET',
    path: (s) => `/api/open-answers/${fx[s].round}`,
  },
  {
    name: 'read a round’s report',
    capability: 'report.read',
    method: 'GET',
    path: (s) => `/api/reports/${fx[s].round}`,
  },
  {
    name: 'read the report of a whole IKC',
    capability: 'report.read',
    method: 'GET',
    path: (s) => `/api/ikc-reports/${fx[s].ikc}`,
    wholeIkc: true,
  },
  {
    name: 'open the report of a whole IKC as a document',
    capability: 'report.read',
    method: 'GET',
    path: (s) => `/api/ikc-reports/${fx[s].ikc}/html`,
    wholeIkc: true,
  },
  {
    name: 'write the summary of a round’s report',
    capability: 'report.publish',
    method: 'PUT',
    path: (s) => `/api/reports/${fx[s].round}/summary`,
    body: () => ({ strengths: 'Warm welkom', improvements: '', advice: '' }),
  },
  {
    name: 'record the IKC committee’s decision on a plan',
    capability: 'plan.decide',
    method: 'POST',
    path: async (s) => `/api/plans/${await freshPlan(s)}/decisions`,
    body: () => ({
      subject: 'Subsidieaanvraag 2027',
      outcome: 'revise',
      reason: 'Maak de doelen meetbaar.',
      decidedOn: '2026-11-01',
      replaces: null,
    }),
  },
  {
    name: 'write in a plan’s thread with the committee',
    capability: 'plan.comment',
    method: 'POST',
    path: async (s) => `/api/plans/${await freshPlan(s)}/comments`,
    body: () => ({ text: 'Wanneer hoort het IKC meer?' }),
  },
  {
    name: 'see a round’s responses to exclude suspicious ones',
    capability: 'responses.exclude',
    method: 'GET',
    path: (s) => `/api/exclusions/${fx[s].round}`,
  },
  {
    name: 'exclude a response from scoring',
    capability: 'responses.exclude',
    method: 'POST',
    path: async (s) => {
      lastResponse[s] = await freshResponse(fx[s].round);
      return `/api/exclusions/${fx[s].round}/exclude`;
    },
    body: (s) => ({ responseIds: [lastResponse[s]], reason: 'Zelfde antwoorden als de piek.' }),
  },
  {
    name: 'set an organisation’s retention period',
    capability: 'lifecycle.manage',
    method: 'PUT',
    path: (s) => `/api/lifecycle/organisations/${fx[s].org}/retention`,
    body: () => ({ days: null }),
  },
  {
    name: 'see what deleting a location takes',
    capability: 'lifecycle.manage',
    method: 'GET',
    path: (s) => `/api/lifecycle/locations/${fx[s].loc}/deletion`,
  },
  {
    name: 'delete a round’s data on request',
    capability: 'lifecycle.manage',
    method: 'POST',
    path: async (s) => `/api/lifecycle/rounds/${await freshRound(fx[s].loc)}/delete`,
    body: (s) => ({ confirm: `Loc ${s}1`, reason: 'created_by_mistake' }),
  },
  {
    name: 'read an organisation’s privacy statement',
    capability: 'structure.read',
    method: 'GET',
    path: (s) => `/api/privacy/${fx[s].org}`,
  },
  {
    name: 'write an organisation’s privacy statement',
    capability: 'privacy.write',
    method: 'PUT',
    path: (s) => `/api/privacy/${fx[s].org}`,
    body: (s) => ({
      controller: `Gemeente ${s}`,
      contact: 'privacy@gemeente.nl',
      privacyOfficer: '',
      ownText: '',
      textLocale: 'nl',
    }),
  },
  {
    name: 'read the municipality overview',
    capability: 'overview.read',
    method: 'GET',
    path: (s) => `/api/overview/${fx[s].org}`,
  },
  {
    name: 'read an IKC’s locations in the municipality overview',
    capability: 'overview.read',
    method: 'GET',
    path: (s) => `/api/overview/${fx[s].org}/ikcs/${fx[s].ikc}/locations`,
  },
  {
    name: 'show the slides of the feedback meeting',
    capability: 'meeting.read',
    method: 'GET',
    path: async (s) => `/api/meetings/${await publishedRound(s)}`,
  },
  {
    name: 'read what the team agreed in the feedback meeting',
    capability: 'meeting.read',
    method: 'GET',
    path: (s) => `/api/meetings/${fx[s].round}/agreements`,
  },
  {
    name: 'record what the team agreed in the feedback meeting',
    capability: 'meeting.record',
    method: 'PUT',
    path: async (s) => `/api/meetings/${await publishedRound(s)}/agreements`,
    body: () => ({ metOn: '2026-12-10', priorities: ['C2', 'C7'], note: 'Eerst de startgesprekken.' }),
  },
  { name: 'read the audit log', capability: 'audit.read', method: 'GET', path: () => '/api/audit' },
  { name: 'see the backups', capability: 'backups.manage', method: 'GET', path: () => '/api/backups', outside: 'ok' },
  {
    name: 'list the published questionnaires',
    capability: 'instruments.read',
    method: 'GET',
    path: () => '/api/instruments',
    outside: 'ok',
  },
  {
    name: 'invite an IKC user',
    capability: 'users.manage',
    method: 'POST',
    path: () => '/api/users',
    body: (s) => ({
      email: `nieuw-${randomUUID().slice(0, 8)}@x.nl`,
      name: 'Nieuw',
      role: 'ikc',
      scope: { ikcIds: [fx[s].ikc] },
    }),
    outside: 403,
  },
];

const ok = (status: number) => status >= 200 && status < 300;

describe('the access matrix', () => {
  it('matches the written table for every role and capability in shared/src/access/permissions.ts', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(Object.keys(Capabilities).sort());
    const differences = ROLES.flatMap((role) =>
      (Object.keys(ALLOWED) as Capability[])
        .filter((capability) => can(role, capability) !== ALLOWED[capability][role])
        .map((capability) => `${role} × ${capability}: can() says ${can(role, capability)}`),
    );
    expect(differences).toEqual([]);
  });

  it('tries every capability but writing plans through an endpoint below (plans.test.ts covers plan.write)', () => {
    const tried = new Set(cases.map((c) => c.capability));
    expect((Object.keys(ALLOWED) as Capability[]).filter((c) => !tried.has(c))).toEqual(['plan.write']);
  });

  for (const c of cases) {
    describe(c.name, () => {
      it('is refused without a login', async () => {
        const res = await send(c, 'A', '');
        expect(res.status).toBe(401);
      });

      it('inside the scope: allowed roles succeed, the others get 403', async () => {
        for (const actor of actors) {
          const res = await send(c, 'A', actor.cookie);
          const oneLocation = c.wholeIkc && actor.label.includes('of location');
          const expected = ALLOWED[c.capability][actor.role] ? (oneLocation ? 404 : 'ok') : 403;
          const got = ok(res.status) ? 'ok' : res.status;
          expect(`${actor.label}: ${got}`, await res.clone().text()).toBe(`${actor.label}: ${expected}`);
        }
      });

      it('outside the scope: only an admin gets anything', async () => {
        for (const actor of actors) {
          const res = await send(c, 'B', actor.cookie);
          const allowed = ALLOWED[c.capability][actor.role];
          const expected = actor.role === 'admin' ? 'ok' : allowed ? (c.outside ?? 404) : 403;
          const got = ok(res.status) ? 'ok' : res.status;
          expect(`${actor.label}: ${got}`, await res.clone().text()).toBe(`${actor.label}: ${expected}`);
        }
      });
    });
  }

  it('lists only what lies in the scope', async () => {
    const names = async (path: string, cookie: string) => {
      const body = (await (await app.request(path, { headers: { cookie } })).json()) as {
        items?: { name?: string; location?: string }[];
        rows?: { name?: string; location?: string }[];
      };
      return [...(body.items ?? []), ...(body.rows ?? [])].map((x) => x.name ?? x.location ?? '');
    };
    for (const actor of actors.filter((a) => a.role !== 'admin')) {
      const all = [
        ...(await names('/api/organisations', actor.cookie)),
        ...(await names('/api/ikcs', actor.cookie)),
        ...(await names('/api/locations?pageSize=200', actor.cookie)),
        ...(await names('/api/rounds', actor.cookie)),
        ...(await names('/api/monitor', actor.cookie)),
      ];
      expect(all.length, actor.label).toBeGreaterThan(0);
      expect(
        all.filter((n) => / B|B1/.test(n)),
        actor.label,
      ).toEqual([]);
    }
  });
});

/** Two raters' codings of one phone call that differ on one tick; answers the visit code. */
async function doubleCodedVisit(roundId: string): Promise<string> {
  const code = `M-${randomUUID().slice(0, 8)}`;
  for (const [rater, names] of [
    ['A', 'yes'],
    ['B', 'no'],
  ] as const)
    await upsertVisit(db.sql, {
      id: randomUUID(),
      roundId,
      instrumentKey: 'mg-phone',
      instrumentVersion: 2,
      visitedOn: '2026-11-20',
      answers: { mg_scenario: 'standard', mg_rater: rater, mg_visit_code: code, ph_answered: 'yes', ph_names: names },
      recordedBy: null,
    });
  return code;
}

async function send(c: Case, s: Side, cookie: string) {
  const path = await c.path(s);
  const body = c.body ? await c.body(s) : undefined;
  return app.request(path, {
    method: c.method,
    headers: { cookie, 'x-driehoek-csrf': '1', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
