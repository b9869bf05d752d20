import type { MonitorRow } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleLocation } from '../../platform/scope';

/** Per link of every round the user may see: partial and complete counts, in one grouped query. */
export async function listMonitorRows(sql: Sql, user: SessionUser): Promise<MonitorRow[]> {
  return sql<MonitorRow[]>`
    select r.id as "roundId", o.name as organisation, i.name as ikc, loc.name as location,
           l.audience, l.id as "linkId", r.status as "roundStatus",
           r.opens_on as "opensOn", r.closes_on as "closesOn",
           coalesce(c.partial, 0)::int as partial, coalesce(c.complete, 0)::int as complete
      from links l
      join rounds r on r.id = l.round_id
      join locations loc on loc.id = r.location_id
      join ikcs i on i.id = loc.ikc_id
      join organisations o on o.id = i.organisation_id
      left join (
        select link_id,
               count(*) filter (where status = 'partial') as partial,
               count(*) filter (where status = 'complete') as complete
          from responses group by link_id
      ) c on c.link_id = l.id
     where ${visibleLocation(sql, user)} and loc.archived_at is null
     order by o.name, i.name, loc.name, r.opens_on desc,
              array_position(array['parents', 'professionals', 'children'], l.audience)`;
}
