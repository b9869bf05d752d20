import { randomBytes } from 'node:crypto';
import type { Audience, RoundStatus } from '@driehoek/shared';
import type { Sql } from '../../db';

/** 128 random bits, base64url: unguessable, and short enough for a QR code. */
export const newLinkId = (): string => randomBytes(16).toString('base64url');

async function returningId(rows: Promise<{ id: string }[]>): Promise<string> {
  const [row] = await rows;
  if (!row) throw new Error('insert returned no id');
  return row.id;
}

export function insertOrganisation(sql: Sql, o: { name: string; kind: 'municipality' | 'school_board' }) {
  return returningId(
    sql<{ id: string }[]>`insert into organisations (name, kind) values (${o.name}, ${o.kind}) returning id`,
  );
}

export function insertIkc(sql: Sql, i: { organisationId: string; name: string }) {
  return returningId(
    sql<
      { id: string }[]
    >`insert into ikcs (organisation_id, name) values (${i.organisationId}, ${i.name}) returning id`,
  );
}

export type LocationInput = {
  ikcId: string;
  name: string;
  address?: string | null;
  hasSchool?: boolean;
  hasChildcare?: boolean;
  families?: number | null;
  pupils812?: number | null;
  professionals?: number | null;
};

export function insertLocation(sql: Sql, l: LocationInput) {
  return returningId(sql<{ id: string }[]>`
    insert into locations (ikc_id, name, address, has_school, has_childcare, families, pupils_8_12, professionals)
    values (${l.ikcId}, ${l.name}, ${l.address ?? null}, ${l.hasSchool ?? true}, ${l.hasChildcare ?? true},
            ${l.families ?? null}, ${l.pupils812 ?? null}, ${l.professionals ?? null})
    returning id`);
}

export type RoundInput = {
  locationId: string;
  kind: 'baseline' | 'follow_up';
  status: RoundStatus;
  opensOn: string;
  closesOn: string;
  /** The questionnaire version each audience answers, pinned now. */
  instruments: Partial<Record<Audience, { key: string; version: number }>>;
  /** The scan model version the round is scored with, pinned now; the first model when omitted (seeds, tests). */
  modelVersion?: number;
};

/** Creates a round with its pinned versions and one link per audience; returns the ids. */
export async function insertRound(
  sql: Sql,
  r: RoundInput,
): Promise<{ roundId: string; links: Partial<Record<Audience, string>> }> {
  const roundId = await returningId(sql<{ id: string }[]>`
    insert into rounds (location_id, kind, status, opens_on, closes_on, model_version)
    values (${r.locationId}, ${r.kind}, ${r.status}, ${r.opensOn}, ${r.closesOn}, ${r.modelVersion ?? 1})
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
