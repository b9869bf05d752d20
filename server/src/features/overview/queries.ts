import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleLocation, visibleOrganisation } from '../../platform/scope';

export async function findOrganisation(
  sql: Sql,
  user: SessionUser,
  organisationId: string,
): Promise<{ id: string; name: string } | undefined> {
  const [row] = await sql<{ id: string; name: string }[]>`
    select o.id, o.name from organisations o where o.id = ${organisationId} and ${visibleOrganisation(sql, user)}`;
  return row;
}

type RoundHead = {
  id: string;
  name: string | null;
  kind: 'baseline' | 'follow_up';
  status: 'closed' | 'reported';
  opensOn: string;
  closesOn: string;
};

export type OverviewRoundRow = {
  ikcId: string;
  ikc: string;
  locationId: string;
  location: string;
  /** The latest round with a published report, whose snapshot the overview shows, and that publication's id. */
  round: (RoundHead & { status: 'reported'; publicationId: string }) | null;
  /** A later round that has closed but whose report is not published yet. */
  pending: (RoundHead & { status: 'closed' }) | null;
};

const roundJson = (sql: Sql) => sql`json_build_object('id', r.id, 'name', r.name, 'kind', r.kind,
  'status', r.status, 'opensOn', r.opens_on, 'closesOn', r.closes_on)`;

/**
 * In one query: every active IKC and location of the organisation the user may see, each with its latest round with
 * a published report and any later closed round whose report is not published yet.
 */
export async function listOverviewRounds(sql: Sql, user: SessionUser, organisationId: string) {
  return sql<OverviewRoundRow[]>`
    select i.id as "ikcId", i.name as ikc, loc.id as "locationId", loc.name as location, pub.round,
           (select ${roundJson(sql)} from rounds r
             where r.location_id = loc.id and r.status = 'closed'
               and (pub.opens_on is null or r.opens_on > pub.opens_on)
             order by r.opens_on desc, r.created_at desc limit 1) as pending
      from ikcs i join locations loc on loc.ikc_id = i.id
      left join lateral (
        select ${roundJson(sql)}::jsonb || jsonb_build_object('publicationId', (
                 select p.id from report_publications p where p.round_id = r.id and p.retracted_at is null
                  order by p.version desc limit 1)) as round, r.opens_on
          from rounds r
         where r.location_id = loc.id and r.status = 'reported'
         order by r.opens_on desc, r.created_at desc limit 1) pub on true
     where i.organisation_id = ${organisationId} and i.archived_at is null and loc.archived_at is null
       and ${visibleLocation(sql, user)}
     order by i.name, i.id, loc.name, loc.id`;
}

/** A location's latest round with a published report. */
export async function findLatestPublishedRound(sql: Sql, locationId: string): Promise<{ id: string } | undefined> {
  const [row] = await sql<{ id: string }[]>`
    select id from rounds where location_id = ${locationId} and status = 'reported'
     order by opens_on desc, created_at desc limit 1`;
  return row;
}
