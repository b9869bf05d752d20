import { AUDIENCE_NL, type Audience, type InstrumentFile, type ScanModel } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { roundInScope } from '../../platform/scope';
import { findReportRound, listPins, type ReportRound } from '../reports/queries';
import { type QuestionColumn, questionColumns } from './columns';
import { countCompleteByAudience } from './queries';

export type ExportPlan = {
  round: ReportRound;
  model: ScanModel;
  /** Audiences with at least the model's minimum group size of complete responses: the only ones exported. */
  included: Audience[];
  /** Pinned audiences left out because they are too small; never with their count. */
  excluded: Audience[];
  columns: QuestionColumn[];
};

/** What an export of a round holds, decided before any row is read; 404 outside the user's scope. */
export async function planExport(deps: AppDeps, user: SessionUser, roundId: string): Promise<ExportPlan> {
  await roundInScope(deps.sql, user, roundId);
  const round = await findReportRound(deps.sql, roundId);
  if (!round) throw new Error(`round ${roundId} in scope but not loadable`);
  const model = loadScanModel(round.modelVersion);
  const counts = await countCompleteByAudience(deps.sql, roundId);
  const pins = await listPins(deps.sql, roundId);
  const order: Audience[] = ['parents', 'professionals', 'children'];
  const included: Array<{ audience: Audience; file: InstrumentFile }> = [];
  const excluded: Audience[] = [];
  for (const audience of order) {
    const pin = pins.find((p) => p.audience === audience);
    if (!pin) continue;
    const file = deps.catalog.get(pin.key, pin.version);
    if (file && (counts.get(audience) ?? 0) >= model.privacy.minGroupSize) included.push({ audience, file });
    else excluded.push(audience);
  }
  return {
    round,
    model,
    included: included.map((p) => p.audience),
    excluded,
    columns: questionColumns(included),
  };
}

/** The sentence every export carries about audiences it leaves out. */
export function exclusionNote(plan: ExportPlan): string | undefined {
  if (plan.excluded.length === 0) return undefined;
  const names = plan.excluded.map((a) => AUDIENCE_NL[a]).join(' en ');
  return `Niet opgenomen: ${names} (te weinig respondenten om te tonen, minder dan ${plan.model.privacy.minGroupSize}).`;
}
