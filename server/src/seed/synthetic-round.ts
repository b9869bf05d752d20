import { randomUUID } from 'node:crypto';
import type { Audience, RoundStatus } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { insertRound } from '../features/rounds/queries';
import { asJson, type Sql } from '../platform/db';
import { createRandom, syntheticAnswers } from './synthetic-answers';

export type SyntheticRoundOptions = {
  locationId: string;
  kind: 'baseline' | 'follow_up';
  status: RoundStatus;
  opensOn: string;
  closesOn: string;
  /** Complete responses per audience. */
  counts: Partial<Record<Audience, number>>;
  /** Target level per criterion, as in the demo seed. */
  targets: Partial<Record<string, number>>;
  seed: number;
  /** A published version per audience instead of the latest (a baseline on an older questionnaire). */
  versions?: Partial<Record<Audience, number>>;
};

/** A round pinning the latest questionnaires, with synthetic complete responses: for tests and the overview bench. */
export async function insertSyntheticRound(sql: Sql, catalog: InstrumentCatalog, o: SyntheticRoundOptions) {
  const instruments: Partial<Record<Audience, { key: string; version: number }>> = {};
  const pinned = (audience: Audience) => {
    const latest = catalog.latest(audience);
    const version = o.versions?.[audience];
    return version === undefined || !latest ? latest : catalog.get(latest.key, version);
  };
  for (const audience of Object.keys(o.counts) as Audience[]) {
    const file = pinned(audience);
    if (file) instruments[audience] = { key: file.key, version: file.version };
  }
  const { roundId, links } = await insertRound(sql, { ...o, instruments });
  const random = createRandom(o.seed);
  for (const [audience, count] of Object.entries(o.counts) as [Audience, number][]) {
    const instrument = pinned(audience);
    const linkId = links[audience];
    if (!instrument || !linkId) continue;
    const rows = Array.from({ length: count }, () => ({
      id: randomUUID(),
      link_id: linkId,
      round_id: roundId,
      audience,
      instrument_key: instrument.key,
      instrument_version: instrument.version,
      locale: 'nl',
      answers: asJson(sql, syntheticAnswers(instrument, random, { targets: o.targets })),
      status: 'complete',
      received_on: o.opensOn,
    }));
    for (let i = 0; i < rows.length; i += 500) await sql`insert into responses ${sql(rows.slice(i, i + 500))}`;
  }
  return { roundId, links };
}
