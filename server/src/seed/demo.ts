import { randomUUID } from 'node:crypto';
import type { Audience, InstrumentFile } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { hashPassword } from '../features/accounts/password';
import { insertUser } from '../features/accounts/session-queries';
import { insertRound } from '../features/rounds/queries';
import { insertLocation } from '../features/structure/location-queries';
import { insertIkc, insertOrganisation } from '../features/structure/organisation-queries';
import { dutchDate } from '../platform/dates';
import { asJson, type RootSql, type Sql } from '../platform/db';
import { createRandom, syntheticAnswers } from './synthetic-answers';

export const DEMO_LOGIN = { email: 'onderzoeker@demo.driehoek.nl', password: 'demo-driehoek' } as const;

/** Every demo user shares the demo password; each shows what one role sees. */
export const DEMO_USERS = [
  { email: DEMO_LOGIN.email, name: 'Demo-onderzoeker', role: 'researcher', scope: 'organisation' },
  { email: 'ikc@demo.driehoek.nl', name: 'Team IKC De Driehoek', role: 'ikc', scope: 'ikc' },
  { email: 'gemeente@demo.driehoek.nl', name: 'IKC-commissie gemeente', role: 'municipality', scope: 'organisation' },
  { email: 'beheer@demo.driehoek.nl', name: 'Beheerder', role: 'admin', scope: 'none' },
] as const;

const addDays = (isoDate: string, days: number): string => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Per location, what the synthetic respondents tend to: Noord is strong on equal conversations (C5) and weak on
 * the open child file (C7); Zuid is middling with a welcoming building (C3). Professionals see it rosier than
 * parents, as multi-informant studies find.
 */
const PROFILES = [
  {
    name: 'Locatie Noord',
    address: 'Noorderweg 12, Leeuwarden',
    families: 140,
    pupils812: 90,
    professionals: 24,
    counts: { parents: 72, professionals: 16, children: 48 },
    targets: { C1: 2.1, C2: 1.6, C3: 2.6, C4: 2.2, C5: 2.8, C6: 2.0, C7: 1.1, C8: 1.9, C9: 2.4, C10: 2.5 },
  },
  {
    name: 'Locatie Zuid',
    address: 'Zuiderplein 3, Leeuwarden',
    families: 95,
    pupils812: 60,
    professionals: 15,
    counts: { parents: 41, professionals: 11, children: 30 },
    targets: { C1: 1.8, C2: 1.5, C3: 2.7, C4: 1.9, C5: 2.0, C6: 2.1, C7: 1.6, C8: 1.7, C9: 2.0, C10: 2.2 },
  },
] as const;

const AUDIENCES: Audience[] = ['parents', 'professionals', 'children'];

export type DemoSeedResult = { seeded: boolean };

/**
 * On an empty database: a municipality, an IKC with two locations, an open baseline round per location with a link
 * per audience, and enough synthetic responses for meaningful reports. Does nothing when organisations exist.
 */
export async function seedDemo(sql: RootSql, catalog: InstrumentCatalog, now: Date): Promise<DemoSeedResult> {
  const [{ count } = { count: 0 }] = await sql<{ count: number }[]>`select count(*)::int as count from organisations`;
  if (count > 0) return { seeded: false };
  const today = dutchDate(now);
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  const random = createRandom(20261123);

  await sql.begin(async (tx) => {
    const organisationId = await insertOrganisation(tx, { name: 'Gemeente Leeuwarden (demo)', kind: 'municipality' });
    const ikcId = await insertIkc(tx, { organisationId, name: 'IKC De Driehoek (demo)' });
    for (const u of DEMO_USERS) {
      const userId = await insertUser(tx, { email: u.email, name: u.name, role: u.role, passwordHash });
      if (u.scope === 'organisation')
        await tx`insert into user_scopes (user_id, organisation_id) values (${userId}, ${organisationId})`;
      if (u.scope === 'ikc') await tx`insert into user_scopes (user_id, ikc_id) values (${userId}, ${ikcId})`;
    }
    for (const profile of PROFILES) {
      const locationId = await insertLocation(tx, {
        ikcId,
        name: profile.name,
        address: profile.address,
        families: profile.families,
        pupils812: profile.pupils812,
        professionals: profile.professionals,
      });
      const pinned: Partial<Record<Audience, InstrumentFile>> = {};
      for (const audience of AUDIENCES) {
        const latest = catalog.latest(audience);
        if (latest) pinned[audience] = latest;
      }
      const { roundId, links } = await insertRound(tx, {
        locationId,
        kind: 'baseline',
        status: 'open',
        opensOn: addDays(today, -14),
        closesOn: addDays(today, 28),
        instruments: Object.fromEntries(
          Object.entries(pinned).map(([a, f]) => [a, { key: f.key, version: f.version }]),
        ),
      });
      for (const audience of AUDIENCES) {
        const instrument = pinned[audience];
        const linkId = links[audience];
        if (!instrument || !linkId) continue;
        const bias = audience === 'professionals' ? 0.35 : audience === 'children' ? 0.15 : 0;
        const targets = Object.fromEntries(Object.entries(profile.targets).map(([c, t]) => [c, Math.min(3, t + bias)]));
        const rows = Array.from({ length: profile.counts[audience] }, (_, i) => ({
          id: randomUUID(),
          link_id: linkId,
          round_id: roundId,
          audience,
          instrument_key: instrument.key,
          instrument_version: instrument.version,
          locale: i % 9 === 0 && instrument.locales.includes('en') ? 'en' : 'nl',
          answers: asJson(tx, syntheticAnswers(instrument, random, { targets })),
          // A few left halfway, as real respondents do.
          status: i % 12 === 11 ? 'partial' : 'complete',
          received_on: addDays(today, -Math.floor(random() * 14)),
        }));
        await tx`insert into responses ${tx(rows, 'id', 'link_id', 'round_id', 'audience', 'instrument_key', 'instrument_version', 'locale', 'answers', 'status', 'received_on')}`;
      }
    }
  });
  return { seeded: true };
}

/** The demo's links, for the start-up message. */
export async function listDemoLinks(sql: Sql): Promise<{ location: string; audience: Audience; linkId: string }[]> {
  return sql<{ location: string; audience: Audience; linkId: string }[]>`
    select loc.name as location, l.audience, l.id as "linkId"
      from links l join rounds r on r.id = l.round_id join locations loc on loc.id = r.location_id
     where r.status = 'open'
     order by loc.name, array_position(array['parents', 'professionals', 'children'], l.audience)
     limit 12`;
}
