import type { Sql } from '../../platform/db';

/** The location's address for a letter's sender, or null when the structure does not have it. */
export async function locationAddress(sql: Sql, locationId: string): Promise<string | null> {
  const [row] = await sql<{ address: string | null }[]>`select address from locations where id = ${locationId}`;
  return row?.address ?? null;
}

/** The public id of the privacy statement of the organisation a location belongs to: every letter links it. */
export async function privacyIdOfLocation(sql: Sql, locationId: string): Promise<string> {
  const [row] = await sql<{ privacyId: string }[]>`
    select o.privacy_id as "privacyId"
      from locations loc join ikcs i on i.id = loc.ikc_id join organisations o on o.id = i.organisation_id
     where loc.id = ${locationId}`;
  if (!row) throw new Error('location without organisation');
  return row.privacyId;
}
