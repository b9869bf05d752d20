import type { Audience, RoundStatus } from '@driehoek/shared';
import { listQuestions } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { hashPassword } from '../features/accounts/password';
import { insertUser } from '../features/accounts/session-queries';
import { insertRound } from '../features/rounds/queries';
import { insertLocation } from '../features/structure/location-queries';
import { insertIkc, insertOrganisation } from '../features/structure/organisation-queries';
import type { Sql } from '../platform/db';

export type ScanFixture = {
  organisationId: string;
  ikcId: string;
  locationId: string;
  roundId: string;
  links: Partial<Record<Audience, string>>;
};

/** An organisation, IKC, location and a round with a parents' link, in one call. */
export async function createScan(
  sql: Sql,
  round: { status?: RoundStatus; opensOn?: string; closesOn?: string; name?: string } = {},
): Promise<ScanFixture> {
  const organisationId = await insertOrganisation(sql, {
    name: `Gemeente ${round.name ?? 'Test'}`,
    kind: 'municipality',
  });
  const ikcId = await insertIkc(sql, { organisationId, name: `IKC ${round.name ?? 'Test'}` });
  const locationId = await insertLocation(sql, { ikcId, name: `Locatie ${round.name ?? 'Test'}`, families: 100 });
  const { roundId, links } = await insertRound(sql, {
    locationId,
    kind: 'baseline',
    status: round.status ?? 'open',
    opensOn: round.opensOn ?? '2026-11-01',
    closesOn: round.closesOn ?? '2026-12-31',
    instruments: { parents: { key: 'parents', version: 1 } },
  });
  return { organisationId, ikcId, locationId, roundId, links };
}

export const STAFF = { email: 'staff@example.nl', password: 'een lang wachtwoord' } as const;

export async function createStaffUser(sql: Sql, role: 'admin' | 'researcher' = 'researcher'): Promise<string> {
  return insertUser(sql, {
    email: STAFF.email,
    name: 'Test Staff',
    role,
    passwordHash: await hashPassword(STAFF.password),
  });
}

/** A valid answer to the first choice question of the pinned parents' questionnaire, whatever its content. */
export function firstChoiceAnswer(): {
  name: string;
  value: string | number | boolean;
  other: string | number | boolean;
} {
  const instrument = loadInstruments().get('parents', 1);
  const q = instrument && listQuestions(instrument.survey).find((x) => x.values && x.values.length > 1 && !x.multiple);
  const [value, other] = q?.values ?? [];
  if (!q || value === undefined || other === undefined) throw new Error('parents v1 has no choice question');
  return { name: q.name, value, other };
}
