import { randomUUID } from 'node:crypto';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { insertLocation } from '../features/structure/location-queries';
import { insertIkc, insertOrganisation } from '../features/structure/organisation-queries';
import type { RootSql } from '../platform/db';
import { insertSyntheticRound } from '../seed/synthetic-round';
import { staffAgent } from './staff';
import type { testApp } from './test-database';

/** Raw text only respondents and the mystery guest wrote: no published page may hold it, and after deletion no row. */
export const RAW_MARK = 'RUW-GEHEIM';

type Agent = Awaited<ReturnType<typeof staffAgent>>;

export type LifecycleWorld = {
  organisationId: string;
  ikcId: string;
  /** The location the tests delete or let expire, with a baseline and a follow-up compared with it. */
  locationId: string;
  baselineId: string;
  followUpId: string;
  /** Another location of the same IKC, published, that must survive. */
  otherLocationId: string;
  otherRoundId: string;
  researcher: Agent;
  admin: Agent;
  /** The IKC team, and a user scoped to the target location only. */
  team: Agent;
  locationUser: Agent;
};

/**
 * A location with everything a round can leave behind: complete and partial responses with open answers (reviewed
 * and not), an exclusion and a burst mark, mystery-guest visits with a settlement and a quote, single-use codes,
 * per-minute traffic and failed code attempts, published reports (the follow-up compared with the baseline), a plan,
 * meeting agreements, a summary link, the overview row and an IKC report pooling it with a second location.
 */
export async function buildLifecycleWorld(
  app: ReturnType<typeof testApp>,
  sql: RootSql,
  catalog: InstrumentCatalog,
  name: string,
): Promise<LifecycleWorld> {
  const organisationId = await insertOrganisation(sql, { name: `Gemeente ${name}`, kind: 'municipality' });
  const ikcId = await insertIkc(sql, { organisationId, name: `IKC ${name}` });
  const locationId = await insertLocation(sql, { ikcId, name: `Locatie ${name}`, families: 60 });
  const otherLocationId = await insertLocation(sql, { ikcId, name: `Tweede locatie ${name}`, families: 40 });
  const researcher = await staffAgent(app, sql, 'researcher', { organisationId });
  const admin = await staffAgent(app, sql, 'admin');
  const team = await staffAgent(app, sql, 'ikc', { ikcId });
  const locationUser = await staffAgent(app, sql, 'ikc', { locationId });

  const round = (location: string, kind: 'baseline' | 'follow_up', opensOn: string, seed: number) =>
    insertSyntheticRound(sql, catalog, {
      locationId: location,
      kind,
      status: 'closed',
      opensOn,
      closesOn: `${opensOn.slice(0, 8)}28`,
      counts: { parents: 12 },
      targets: { C1: 1.4, C3: 2.2, C5: 2.4, C9: 2.2 },
      seed,
    });
  const baseline = await round(locationId, 'baseline', '2026-03-01', 21);
  const followUp = await round(locationId, 'follow_up', '2026-10-01', 22);
  const other = await round(otherLocationId, 'baseline', '2026-10-01', 23);
  await sql`update rounds set baseline_round_id = ${baseline.roundId} where id = ${followUp.roundId}`;

  for (const [i, r] of [baseline, followUp].entries()) await rawLeftovers(sql, r.roundId, r.links.parents ?? '', i);

  for (const r of [baseline.roundId, followUp.roundId, other.roundId]) {
    await ok(researcher.send('PUT', `/api/reports/${r}/summary`, { strengths: 'Ouders voelen zich welkom.' }));
    await ok(researcher.send('POST', `/api/reports/${r}/publish`));
  }
  await ok(researcher.send('POST', '/api/plans', { roundId: followUp.roundId }));
  await ok(
    researcher.send('PUT', `/api/meetings/${followUp.roundId}/agreements`, {
      metOn: '2026-11-10',
      priorities: ['C5', 'C1'],
      note: 'Startgesprekken met ouder en kind.',
    }),
  );
  await ok(researcher.send('POST', `/api/ikc-reports/${ikcId}/publish`));
  return {
    organisationId,
    ikcId,
    locationId,
    baselineId: baseline.roundId,
    followUpId: followUp.roundId,
    otherLocationId,
    otherRoundId: other.roundId,
    researcher,
    admin,
    team,
    locationUser,
  };
}

/** What a round collects besides complete answers, each marked so a search finds any copy. */
async function rawLeftovers(sql: RootSql, roundId: string, linkId: string, n: number) {
  const parents = await sql<{ id: string }[]>`
    select id from responses where round_id = ${roundId} order by id limit 3`;
  const [hidden, pending, burst] = parents.map((p) => p.id);
  for (const id of [hidden, pending]) {
    await sql`update responses set answers = answers || ${sql.json({ open_change: `${RAW_MARK} open antwoord` })}
               where id = ${id ?? ''}`;
  }
  await sql`insert into open_answer_reviews (response_id, question, decision) values (${hidden ?? ''}, 'open_change', 'hidden')`;
  await sql`insert into responses (id, link_id, round_id, audience, instrument_key, instrument_version, locale,
                                   answers, status, received_on)
            select ${randomUUID()}, link_id, round_id, audience, instrument_key, instrument_version, 'nl',
                   ${sql.json({ open_change: `${RAW_MARK} half` })}, 'partial', received_on
              from responses where id = ${hidden ?? ''}`;
  await sql`insert into response_exclusions (response_id, reason, excluded_on)
            values (${pending ?? ''}, 'Zelfde antwoorden als de piek.', '2026-11-20')`;
  await sql`insert into response_bursts (response_id, burst) values (${burst ?? ''}, ${randomUUID()})`;
  for (const rater of ['A', 'B']) {
    await sql`insert into visits (id, round_id, instrument_key, instrument_version, answers, visited_on)
              values (${randomUUID()}, ${roundId}, 'mg-phone', 2,
                      ${sql.json({ mg_scenario: 'standard', mg_rater: rater, mg_visit_code: `V-${n}`, ph_answered: 'yes', ph_names: rater === 'A' ? 'yes' : 'no', mg_marker: RAW_MARK })},
                      '2026-11-20')`;
  }
  await sql`insert into visit_settlements (round_id, instrument_key, visit_code, answers)
            values (${roundId}, 'mg-phone', ${`V-${n}`}, ${sql.json({ ph_names: 'yes', mg_marker: RAW_MARK })})`;
  await sql`insert into access_codes (code, round_id, audience, batch)
            values (${randomCode()}, ${roundId}, 'parents', 1)`;
  await sql`insert into link_traffic (link_id, minute, new_responses) values (${linkId}, '2026-11-20T09:03:00Z', 3)`;
  await sql`insert into failed_attempts (key, window_start, attempts) values (${`codes:${linkId}`}, now(), 1)`;
}

const randomCode = () =>
  Array.from({ length: 8 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 32)]).join('');

async function ok(pending: Response | Promise<Response>) {
  const res = await pending;
  if (res.status >= 300) throw new Error(`building the lifecycle world: ${res.status} ${await res.text()}`);
  return res;
}

/**
 * Every table (and row, as text) of the database that mentions any of `needles`, with how many rows: what a search
 * of the whole database finds, so a table added later is searched too.
 */
export async function rowsMentioning(
  sql: RootSql,
  needles: readonly string[],
  skip: (table: string) => boolean = () => false,
): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`;
  const found: Record<string, number> = {};
  const patterns = needles.map((n) => `%${n}%`);
  for (const { name } of tables) {
    if (skip(name)) continue;
    const [row] = await sql.unsafe<{ n: number }[]>(
      `select count(*)::int as n from "${name}" t where t::text like any($1::text[])`,
      [patterns],
    );
    if (row && row.n > 0) found[name] = row.n;
  }
  return found;
}
