import {
  can,
  criterionChoices,
  criterionFindings,
  goalProgress,
  knosterFindings,
  overdueActions,
  type Plan,
  type PlanGoal,
  type ScanModel,
  type TenMinuteFact,
  tenMinuteFact as tenMinuteFactOf,
  workloadWarning,
} from '@driehoek/shared';
import { loadActionLibrary, loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import type { Sql } from '../../platform/db';
import { notInScope } from '../../platform/scope';
import { buildRoundReport } from '../reports/build-report';
import { listPins, type ReportRound } from '../reports/queries';
import { countItemAnswers, findFollowUpRound, findPlan, listActions, listGoals, listUpdates } from './queries';

/** The professionals' fact item about the old ten-minute rounds, by its concept (stable across versions). */
const TEN_MINUTE_CONCEPT = 'professionals.fact.ten-minute-rounds';

/** The professionals' answers on the ten-minute rounds (rule: shared tenMinuteFact); null without such an item. */
export async function tenMinuteFact(
  deps: AppDeps,
  sql: Sql,
  round: Pick<ReportRound, 'id'>,
  model: Pick<ScanModel, 'privacy'>,
): Promise<TenMinuteFact | null> {
  const pin = (await listPins(sql, round.id)).find((p) => p.audience === 'professionals');
  const instrument = pin && deps.catalog.get(pin.key, pin.version);
  const item = instrument && Object.entries(instrument.items).find(([, m]) => m.concept === TEN_MINUTE_CONCEPT)?.[0];
  if (!instrument || !item) return null;
  const rows = await countItemAnswers(sql, round.id, instrument, item);
  const counts = new Map(rows.flatMap((r) => (r.value === null ? [] : [[r.value, r.n] as const])));
  return tenMinuteFactOf(counts, model);
}

const roundRef = (r: ReportRound) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  status: r.status,
  opensOn: r.opensOn,
  closesOn: r.closesOn,
});

/**
 * A plan with everything its page and its exports show: goals with the report findings that justify them,
 * Knoster findings, actions, history, warnings, overdue actions and, after a follow-up round, measured progress.
 * 404 outside the user's scope.
 */
export async function buildPlan(deps: AppDeps, user: SessionUser, planId: string): Promise<Plan> {
  const { sql } = deps;
  const row = await findPlan(sql, user, planId);
  if (!row) throw notInScope('Plan');
  const built = await buildRoundReport(deps, row.roundId);
  if (!built) throw new Error(`plan ${planId} has no round`);
  const model = loadScanModel(built.round.modelVersion);
  const library = loadActionLibrary(row.libraryVersion);
  const findings = criterionFindings(built.report, model);
  const [goals, actions, updates, fact, followUp] = await Promise.all([
    listGoals(sql, planId),
    listActions(sql, planId),
    listUpdates(sql, planId),
    tenMinuteFact(deps, sql, built.round, model),
    findFollowUpRound(sql, row.locationId, built.round.opensOn),
  ]);
  const comparison = followUp ? (await buildRoundReport(deps, followUp.id))?.comparison?.result : undefined;
  const today = dutchDate(deps.now());

  const planGoals: PlanGoal[] = goals.map((g) => {
    const own = actions.filter((a) => a.goalId === g.id);
    const finding = findings.find((f) => f.criterion === g.criterion);
    if (!finding) throw new Error(`criterion ${g.criterion} not in model v${model.version}`);
    return {
      ...g,
      knosterFindings: knosterFindings(g.knoster, own),
      findings: finding,
      actions: own,
      progress: comparison ? goalProgress(g.criterion, comparison) : null,
    };
  });
  const warning = workloadWarning({ actions, tenMinuteRoundsStay: row.tenMinuteRoundsStay, fact });
  return {
    id: row.id,
    title: row.title,
    round: roundRef(built.round),
    location: { id: row.locationId, name: row.location },
    ikc: { id: row.ikcId, name: row.ikc },
    organisation: { id: row.organisationId, name: row.organisation },
    libraryVersion: row.libraryVersion,
    tenMinuteRoundsStay: row.tenMinuteRoundsStay,
    tenMinuteFact: fact,
    goals: planGoals,
    criteria: criterionChoices(findings, library, Object.fromEntries(goals.map((g) => [g.criterion, g.ambition]))),
    warnings: warning ? [warning] : [],
    overdue: overdueActions(actions, today),
    updates,
    followUp: followUp ?? null,
    editable: can(user.role, 'plan.write'),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
