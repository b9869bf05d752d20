import type { Audience, RoundStatus } from '@driehoek/shared';
import type { Sql } from '../../platform/db';

export type RespondentLinkRow = {
  linkId: string;
  roundId: string;
  audience: Audience;
  instrumentKey: string;
  instrumentVersion: number;
  roundStatus: RoundStatus;
  opensOn: string;
  closesOn: string;
  closesAt: Date;
  closedAt: Date | null;
  singleUseCodes: boolean;
  location: string;
  ikc: string;
  organisation: string;
  /** The public id of the organisation's privacy statement. */
  privacyId: string;
};

/** A link with its round, pinned instrument and names, or undefined when the id is unknown. */
export async function findRespondentLink(sql: Sql, linkId: string): Promise<RespondentLinkRow | undefined> {
  const [row] = await sql<RespondentLinkRow[]>`
    select l.id as "linkId", l.round_id as "roundId", l.audience,
           ri.instrument_key as "instrumentKey", ri.instrument_version as "instrumentVersion",
           r.status as "roundStatus", r.opens_on as "opensOn", r.closes_on as "closesOn",
           ((r.closes_on + 1)::timestamp at time zone 'Europe/Amsterdam') as "closesAt",
           r.closed_at as "closedAt", r.single_use_codes as "singleUseCodes",
           loc.name as location, i.name as ikc, o.name as organisation, o.privacy_id as "privacyId"
      from links l
      join round_instruments ri on ri.round_id = l.round_id and ri.audience = l.audience
      join rounds r on r.id = l.round_id
      join locations loc on loc.id = r.location_id
      join ikcs i on i.id = loc.ikc_id
      join organisations o on o.id = i.organisation_id
     where l.id = ${linkId}`;
  return row;
}
