import {
  compareRounds,
  type ExclusionCounts,
  type InstrumentFile,
  type LocationReport,
  type RoundComparison,
  scoreLocation,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { settledCodingsOf } from '../visits/double-codings';
import {
  countExcluded,
  findBaselineRound,
  findReportRound,
  listApprovedOpenAnswers,
  listPins,
  listScoringResponses,
  listScoringVisits,
  type ReportRound,
} from './queries';

export type RoundReport = {
  round: ReportRound;
  report: LocationReport;
  /** Against the previous closed round of the location, when there is one. */
  comparison: { baseline: ReportRound; result: RoundComparison } | null;
  /** Responses the researcher excluded from scoring, per audience (decision 0015). */
  exclusions: ExclusionCounts;
};

/** Scores one round from the database: pinned instruments and model, responses, visits, approved open answers. */
async function scoreRound(deps: AppDeps, sql: Sql, round: ReportRound): Promise<LocationReport> {
  const model = loadScanModel(round.modelVersion);
  const pins = await listPins(sql, round.id);
  const visits = await listScoringVisits(sql, round.id);
  const instruments: InstrumentFile[] = [];
  const add = (key: string, version: number) => {
    const file = deps.catalog.get(key, version);
    if (file && !instruments.includes(file)) instruments.push(file);
  };
  for (const p of pins) add(p.key, p.version);
  for (const v of visits) add(v.instrumentKey, v.version);
  return scoreLocation({
    model,
    instruments,
    responses: await listScoringResponses(sql, round.id),
    visits,
    // The researcher's settled codings of double-coded visits score instead of the merge (issue 16.3).
    settledCodings: await settledCodingsOf(sql, deps.catalog, round.id, round.modelVersion, visits),
    denominators: {
      families: round.families ?? undefined,
      pupils812: round.pupils812 ?? undefined,
      professionals: round.professionals ?? undefined,
    },
    openAnswers: await listApprovedOpenAnswers(sql, round.id),
  });
}

/**
 * The report of a round, suppressed by the scoring itself, with the comparison to the round before it. The caller
 * has checked the user's scope.
 */
export async function buildRoundReport(deps: AppDeps, roundId: string): Promise<RoundReport | undefined> {
  const { sql } = deps;
  const round = await findReportRound(sql, roundId);
  if (!round) return undefined;
  const report = await scoreRound(deps, sql, round);
  const exclusions = await countExcluded(sql, round.id);
  const baselineId = await findBaselineRound(sql, round);
  const baseline = baselineId ? await findReportRound(sql, baselineId) : undefined;
  if (!baseline) return { round, report, comparison: null, exclusions };
  const before = await scoreRound(deps, sql, baseline);
  const conceptMap = Object.assign(
    {},
    ...deps.catalog.all
      .filter((f) => report.instruments.some((i) => i.key === f.key && i.version === f.version))
      .map((f) => f.conceptMap ?? {}),
  ) as Record<string, string | null>;
  const model = loadScanModel(round.modelVersion);
  return {
    round,
    report,
    exclusions,
    comparison: {
      baseline,
      result: compareRounds(before, report, { confidence: model.interval.confidence, conceptMap }),
    },
  };
}
