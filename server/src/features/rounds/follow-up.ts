import { type Audience, type FollowUpInput, formatDutchDate, type RoundRef, type RoundSeries } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { recordAudit } from '../../platform/audit';
import type { SessionUser } from '../../platform/context';
import type { RootSql, Sql } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { assertPublishedPins, insertPlannedRound } from './bulk-rounds';

const refColumns = (sql: Sql) => sql`
  r.id, r.kind, r.name, r.status, r.opens_on as "opensOn", r.closes_on as "closesOn"`;

type SeriesRound = RoundRef & {
  locationId: string;
  singleUseCodes: boolean;
  baselineRoundId: string | null;
  pins: Array<{ audience: Audience; key: string; version: number }>;
};

async function seriesRound(sql: Sql, id: string): Promise<SeriesRound | undefined> {
  const [row] = await sql<Omit<SeriesRound, 'pins'>[]>`
    select ${refColumns(sql)}, r.location_id as "locationId", r.single_use_codes as "singleUseCodes",
           r.baseline_round_id as "baselineRoundId"
      from rounds r where r.id = ${id}`;
  if (!row) return undefined;
  const pins = await sql<SeriesRound['pins']>`
    select audience, instrument_key as key, instrument_version as version from round_instruments
     where round_id = ${id} order by array_position(array['parents', 'professionals', 'children'], audience)`;
  return { ...row, pins };
}

/**
 * A round's series: the round it is compared with, the follow-ups made from it, and what a follow-up from it gets:
 * its audiences and code setting, and per audience the newest published version of its questionnaire (a newer
 * version is compared with the older one through the concept keys both map to, as the report does).
 */
export async function roundSeries(sql: Sql, catalog: InstrumentCatalog, roundId: string): Promise<RoundSeries> {
  const round = await seriesRound(sql, roundId);
  if (!round) throw new AppError('not_found', 'Ronde niet gevonden');
  const comparedWith = round.baselineRoundId
    ? ((await sql<RoundRef[]>`select ${refColumns(sql)} from rounds r where r.id = ${round.baselineRoundId}`)[0] ??
      null)
    : null;
  const followUps = await sql<RoundRef[]>`
    select ${refColumns(sql)} from rounds r where r.baseline_round_id = ${roundId} order by r.opens_on, r.id`;
  return {
    comparedWith,
    followUps,
    proposal: {
      singleUseCodes: round.singleUseCodes,
      opensAfter: round.closesOn,
      audiences: round.pins.map((p) => {
        const newest = catalog.latest(p.key);
        const offered = newest && newest.version > p.version ? newest : p;
        return {
          audience: p.audience,
          pinned: { key: p.key, version: p.version },
          offered: { key: offered.key, version: offered.version },
        };
      }),
    },
  };
}

/**
 * A follow-up of a round at the same location: kind follow-up, the round's audiences and code setting, the
 * versions chosen (the newest are offered), linked to the round so the report compares with it. It opens after the
 * round it follows closes.
 */
export async function createFollowUp(
  sql: RootSql,
  catalog: InstrumentCatalog,
  user: SessionUser,
  baselineId: string,
  input: FollowUpInput,
): Promise<string> {
  const base = await seriesRound(sql, baselineId);
  if (!base) throw new AppError('not_found', 'Ronde niet gevonden');
  if (input.opensOn <= base.closesOn) {
    throw new AppError(
      'validation',
      `opensOn: een vervolgmeting opent na de sluitdatum van de ronde die ze opvolgt (${formatDutchDate(base.closesOn)})`,
      'opensOn',
    );
  }
  const audiences = new Set(base.pins.map((p) => p.audience));
  for (const audience of Object.keys(input.instruments) as Audience[]) {
    if (!audiences.has(audience)) {
      throw new AppError(
        'validation',
        `instruments.${audience}: de ronde die u opvolgt had geen vragenlijst voor deze doelgroep`,
        `instruments.${audience}`,
      );
    }
  }
  assertPublishedPins(catalog, input.instruments);
  return sql.begin(async (tx) => {
    const roundId = await insertPlannedRound(tx, {
      locationId: base.locationId,
      kind: 'follow_up',
      name: input.name,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      singleUseCodes: base.singleUseCodes,
      instruments: input.instruments,
      baselineRoundId: base.id,
    });
    await recordAudit(
      tx,
      user,
      'round.create',
      { type: 'round', id: roundId },
      { instruments: input.instruments, followUpOf: base.id },
    );
    return roundId;
  });
}
