import { randomBytes } from 'node:crypto';
import type { Audience, Round, RoundMonitor, RoundStatus } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleLocation } from '../../platform/scope';
import { likePattern, returningId } from '../../platform/sql';

/** 128 random bits, base64url: unguessable, and short enough for a QR code. */
export const newLinkId = (): string => randomBytes(16).toString('base64url');

export type RoundInput = {
  locationId: string;
  kind: 'baseline' | 'follow_up';
  status: RoundStatus;
  opensOn: string;
  closesOn: string;
  /** The questionnaire version each audience answers, pinned now. */
  instruments: Partial<Record<Audience, { key: string; version: number }>>;
  /** The scan model version the round is scored with, pinned now; the latest model when omitted. */
  modelVersion?: number;
};

/** Creates a round with its pinned versions and one link per audience; returns the ids. */
export async function insertRound(
  sql: Sql,
  r: RoundInput,
): Promise<{ roundId: string; links: Partial<Record<Audience, string>> }> {
  const roundId = await returningId(sql<{ id: string }[]>`
    insert into rounds (location_id, kind, status, opens_on, closes_on, model_version)
    values (${r.locationId}, ${r.kind}, ${r.status}, ${r.opensOn}, ${r.closesOn}, ${r.modelVersion ?? loadScanModel().version})
    returning id`);
  const links: Partial<Record<Audience, string>> = {};
  for (const [audience, pin] of Object.entries(r.instruments) as [Audience, { key: string; version: number }][]) {
    await sql`insert into round_instruments (round_id, audience, instrument_key, instrument_version)
              values (${roundId}, ${audience}, ${pin.key}, ${pin.version})`;
    const linkId = newLinkId();
    await sql`insert into links (id, round_id, audience) values (${linkId}, ${roundId}, ${audience})`;
    links[audience] = linkId;
  }
  return { roundId, links };
}

type RoundRow = Omit<Round, 'links'>;

const roundColumns = (sql: Sql) => sql`
  r.id, r.location_id as "locationId", loc.name as location, i.name as ikc, o.name as organisation, r.kind, r.name,
  r.status, r.opens_on as "opensOn", r.closes_on as "closesOn", r.single_use_codes as "singleUseCodes"`;

const roundFrom = (sql: Sql) => sql`
  rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
  join organisations o on o.id = i.organisation_id`;

async function withLinks(sql: Sql, rows: RoundRow[]): Promise<Round[]> {
  if (rows.length === 0) return [];
  const links = await sql<{ roundId: string; audience: Audience; linkId: string; key: string; version: number }[]>`
    select l.round_id as "roundId", l.audience, l.id as "linkId", ri.instrument_key as key,
           ri.instrument_version as version
      from links l join round_instruments ri on ri.round_id = l.round_id and ri.audience = l.audience
     where l.round_id in ${sql(rows.map((r) => r.id))}
     order by array_position(array['parents', 'professionals', 'children'], l.audience)`;
  return rows.map((r) => ({
    ...r,
    links: links
      .filter((l) => l.roundId === r.id)
      .map((l) => ({ audience: l.audience, linkId: l.linkId, instrument: { key: l.key, version: l.version } })),
  }));
}

/** Rounds the user may see, newest first within each location; searched by location, IKC, organisation or name. */
export async function listRounds(
  sql: Sql,
  user: SessionUser,
  query: { q?: string; page: number; pageSize: number; locationId?: string; status?: string },
) {
  const pattern = likePattern(query.q);
  const where = sql`${visibleLocation(sql, user)}
       and ${query.locationId ? sql`r.location_id = ${query.locationId}` : sql`true`}
       and ${query.status ? sql`r.status = ${query.status}` : sql`true`}
       and (loc.name ilike ${pattern} or i.name ilike ${pattern} or o.name ilike ${pattern} or r.name ilike ${pattern})`;
  const rows = await sql<RoundRow[]>`
    select ${roundColumns(sql)} from ${roundFrom(sql)} where ${where}
     order by o.name, i.name, loc.name, r.opens_on desc, r.id
     limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`;
  const [total] = await sql<{ n: number }[]>`select count(*)::int as n from ${roundFrom(sql)} where ${where}`;
  return { items: await withLinks(sql, rows), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function findRound(sql: Sql, user: SessionUser, id: string): Promise<Round | undefined> {
  const rows = await sql<RoundRow[]>`
    select ${roundColumns(sql)} from ${roundFrom(sql)} where r.id = ${id} and ${visibleLocation(sql, user)}`;
  const [round] = await withLinks(sql, rows);
  return round;
}

export async function setRoundDates(sql: Sql, id: string, dates: { opensOn: string; closesOn: string }) {
  await sql`update rounds set opens_on = ${dates.opensOn}, closes_on = ${dates.closesOn} where id = ${id}`;
}

/** Counts per audience, per day, and the rate against the location's denominators. */
export async function roundMonitor(sql: Sql, roundId: string): Promise<RoundMonitor> {
  const audiences = await sql<{ audience: Audience; denominator: number | null; peak: number }[]>`
    select l.audience,
           coalesce((select max(per_minute.n) from (
                       select sum(t.new_responses) as n from link_traffic t where t.link_id = l.id group by t.minute
                     ) per_minute), 0)::int as peak,
           case l.audience when 'parents' then loc.families when 'children' then loc.pupils_8_12
                           else loc.professionals end as denominator
      from links l join rounds r on r.id = l.round_id join locations loc on loc.id = r.location_id
     where l.round_id = ${roundId}
     order by array_position(array['parents', 'professionals', 'children'], l.audience)`;
  const days = await sql<{ audience: Audience; date: string; complete: number; partial: number }[]>`
    select audience, received_on as date,
           count(*) filter (where status = 'complete')::int as complete,
           count(*) filter (where status = 'partial')::int as partial
      from responses where round_id = ${roundId}
     group by audience, received_on order by received_on`;
  return {
    roundId,
    audiences: audiences.map(({ audience, denominator, peak }) => {
      const perDay = days
        .filter((d) => d.audience === audience)
        .map(({ date, complete, partial }) => ({ date, complete, partial }));
      const complete = perDay.reduce((n, d) => n + d.complete, 0);
      const partial = perDay.reduce((n, d) => n + d.partial, 0);
      return {
        audience,
        complete,
        partial,
        denominator,
        responseRate: denominator ? Math.round((complete / denominator) * 1000) / 1000 : null,
        perDay,
        flags: trafficFlags({ peak, complete, denominator }),
      };
    }),
  };
}

/** Above this many new responses in one minute on one link, a person is unlikely to be behind each. */
export const PEAK_FLAG_PER_MINUTE = 20;

export function trafficFlags(t: { peak: number; complete: number; denominator: number | null }): string[] {
  const flags: string[] = [];
  if (t.peak >= PEAK_FLAG_PER_MINUTE) {
    flags.push(
      `Ongewoon veel nieuwe antwoorden binnen één minuut (${t.peak}). Kijk of de link ergens openbaar is gedeeld.`,
    );
  }
  if (t.denominator && t.complete > t.denominator) {
    flags.push(`Meer volledige antwoorden (${t.complete}) dan de locatie aan deze doelgroep telt (${t.denominator}).`);
  }
  return flags;
}

/** Name and code setting of a new round (kept apart from `insertRound`, which seeds and fixtures share). */
export async function setRoundDetails(sql: Sql, id: string, details: { name: string | null; singleUseCodes: boolean }) {
  await sql`update rounds set name = ${details.name}, single_use_codes = ${details.singleUseCodes} where id = ${id}`;
}

/**
 * Moves a round from `from` to `to` only if it is still in `from`, so two clicks (or a click and the scheduler)
 * cannot both move it; false when someone else moved it first. Closing an open round starts the grace period
 * (`closed_at`); reopening clears it; publishing and retracting a publication keep it (a retraction must not let
 * respondents in again).
 */
export async function setRoundStatus(
  sql: Sql,
  id: string,
  change: { from: RoundStatus; to: RoundStatus; at: Date },
): Promise<boolean> {
  const closedAt =
    change.to === 'open' ? null : change.to === 'closed' && change.from === 'open' ? sql`${change.at}` : sql`closed_at`;
  const rows = await sql`
    update rounds set status = ${change.to}, closed_at = ${closedAt}
     where id = ${id} and status = ${change.from} returning id`;
  return rows.length > 0;
}
