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

export type OverviewRoundRow = {
  ikcId: string;
  ikc: string;
  locationId: string;
  location: string;
  round: {
    id: string;
    name: string | null;
    kind: 'baseline' | 'follow_up';
    status: 'closed' | 'reported';
    opensOn: string;
    closesOn: string;
  } | null;
};

/**
 * In one query: every active IKC and location of the organisation the user may see, each with its latest closed or
 * reported round (null when it has none yet).
 */
export async function listOverviewRounds(sql: Sql, user: SessionUser, organisationId: string) {
  return sql<OverviewRoundRow[]>`
    select i.id as "ikcId", i.name as ikc, loc.id as "locationId", loc.name as location,
           (select json_build_object('id', r.id, 'name', r.name, 'kind', r.kind, 'status', r.status,
                                     'opensOn', r.opens_on, 'closesOn', r.closes_on)
              from rounds r
             where r.location_id = loc.id and r.status in ('closed', 'reported')
             order by r.opens_on desc, r.created_at desc limit 1) as round
      from ikcs i join locations loc on loc.ikc_id = i.id
     where i.organisation_id = ${organisationId} and i.archived_at is null and loc.archived_at is null
       and ${visibleLocation(sql, user)}
     order by i.name, i.id, loc.name, loc.id`;
}

/**
 * Per location, a fingerprint of everything its report levels and comparison are scored from: every closed or
 * reported round (status, date, model version), its complete responses (final once complete, never deleted) and
 * its visits. A changed fingerprint means the cached overview row of the location is stale.
 */
export async function locationFingerprints(sql: Sql, locationIds: string[]): Promise<Map<string, string>> {
  if (locationIds.length === 0) return new Map();
  const rows = await sql<{ locationId: string; fingerprint: string }[]>`
    select r.location_id as "locationId",
           md5(string_agg(concat_ws(':', r.id, r.status, r.opens_on, r.model_version,
                 (select count(*) from responses p where p.round_id = r.id and p.status = 'complete'),
                 (select count(*) || '@' || coalesce(max(v.updated_at)::text, '') from visits v where v.round_id = r.id)),
               '|' order by r.opens_on, r.id)) as fingerprint
      from rounds r
     where r.location_id = any(${locationIds}::uuid[]) and r.status in ('closed', 'reported')
     group by r.location_id`;
  return new Map(rows.map((r) => [r.locationId, r.fingerprint]));
}

/** A location's latest closed or reported round, ordered as `listOverviewRounds` orders them. */
export async function findLatestClosedRound(sql: Sql, locationId: string): Promise<{ id: string } | undefined> {
  const [row] = await sql<{ id: string }[]>`
    select id from rounds where location_id = ${locationId} and status in ('closed', 'reported')
     order by opens_on desc, created_at desc limit 1`;
  return row;
}
