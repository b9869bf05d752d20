import type { Audience } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { insertRound } from '../features/rounds/queries';
import { insertLocation } from '../features/structure/location-queries';
import { insertIkc, insertOrganisation } from '../features/structure/organisation-queries';
import type { Sql } from '../platform/db';

/** One open round at one new location, pinning the latest questionnaire of every audience: for benches and tests. */
export async function insertScanFixture(sql: Sql, catalog: InstrumentCatalog, name = 'Bench') {
  const organisationId = await insertOrganisation(sql, { name: `Gemeente ${name}`, kind: 'municipality' });
  const ikcId = await insertIkc(sql, { organisationId, name: `IKC ${name}` });
  const locationId = await insertLocation(sql, {
    ikcId,
    name: `Locatie ${name}`,
    families: 1800,
    pupils812: 350,
    professionals: 120,
  });
  const instruments: Partial<Record<Audience, { key: string; version: number }>> = {};
  for (const audience of ['parents', 'professionals', 'children'] as const) {
    const latest = catalog.latest(audience);
    if (latest) instruments[audience] = { key: latest.key, version: latest.version };
  }
  const { roundId, links } = await insertRound(sql, {
    locationId,
    kind: 'baseline',
    status: 'open',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
    instruments,
  });
  return { organisationId, ikcId, locationId, roundId, links };
}
