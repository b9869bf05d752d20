import { randomUUID } from 'node:crypto';
import type { InstrumentFile, TickTier } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { upsertVisit } from '../features/visits/queries';
import { asJson, type Sql } from '../platform/db';
import { createRandom, syntheticAnswers } from '../seed/synthetic-answers';
import { createScan } from './fixtures';

/** A closed round in an organisation of its own, with 30 complete parents' responses around 2.4 on every criterion. */
export async function closedRoundWithParents(sql: Sql, catalog: InstrumentCatalog, name: string) {
  const scan = await createScan(sql, { name, status: 'closed', opensOn: '2026-10-01', closesOn: '2026-10-31' });
  const file = catalog.get('parents', 1);
  const linkId = scan.links.parents;
  if (!file || !linkId) throw new Error('no parents questionnaire v1');
  const random = createRandom(7);
  const targets = Object.fromEntries(
    ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10'].map((c) => [c, 2.4]),
  );
  const rows = Array.from({ length: 30 }, () => ({
    id: randomUUID(),
    link_id: linkId,
    round_id: scan.roundId,
    audience: 'parents',
    instrument_key: file.key,
    instrument_version: file.version,
    locale: 'nl',
    answers: asJson(sql, syntheticAnswers(file, random, { targets, dontKnowRate: 0 })),
    status: 'complete',
    received_on: '2026-10-15',
  }));
  await sql`insert into responses ${sql(rows, 'id', 'link_id', 'round_id', 'audience', 'instrument_key', 'instrument_version', 'locale', 'answers', 'status', 'received_on')}`;
  return scan;
}

/** Answers every tick of a form: `answer(tier, name)` says what, undefined leaves it empty. */
export function ticks(
  file: InstrumentFile,
  answer: (tier: TickTier, name: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, meta] of Object.entries(file.items)) {
    if (meta.tier === undefined) continue;
    const value = answer(meta.tier, name);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** Stores a visit straight in the database (a closed round refuses new visits through the API); answers its id. */
export async function recordVisit(
  sql: Sql,
  roundId: string,
  file: InstrumentFile,
  answers: Record<string, unknown>,
  visitedOn = '2026-10-12',
): Promise<string> {
  const id = randomUUID();
  await upsertVisit(sql, {
    id,
    roundId,
    instrumentKey: file.key,
    instrumentVersion: file.version,
    visitedOn,
    answers,
    recordedBy: null,
  });
  return id;
}
