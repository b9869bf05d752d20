import {
  can,
  criterionChoices,
  criterionFindings,
  goalProgress,
  knosterFindings,
  type LocationReport,
  overdueActions,
  type Plan,
  type PlanGoal,
  type ScanModel,
  type TenMinuteFact,
  tenMinuteFact as tenMinuteFactOf,
  withAdjustedLevels,
  workloadWarning,
} from '@driehoek/shared';
import { loadActionLibrary, loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import type { Sql } from '../../platform/db';
import { notInScope } from '../../platform/scope';
import { currentPublication } from '../reports/publication-queries';
import { findReportRound, listPins, type ReportRound } from '../reports/queries';
import { listComments, listDecisions } from './committee-queries';
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

/** What the plan shows for every criterion while the round's report is not (or no longer) published. */
function unpublishedReport(model: ScanModel): Pick<LocationReport, 'overall' | 'gaps' | 'needs'> {
  return {
    gaps: [],
    overall: model.criteria.map((c) => ({
      criterion: c.id,
      level: null,
      weightedMean: null,
      reportedMean: null,
      capped: false,
      explanation: { reasons: [], sentence: 'Het rapport van deze ronde is nog niet gepubliceerd' },
    })),
  };
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
  // The plan reads what the researcher published (their levels where they set one), never the live draft.
  const publication = await currentPublication(sql, row.roundId);
  const round = publication?.snapshot.round ?? (await findReportRound(sql, row.roundId));
  if (!round) throw new Error(`plan ${planId} has no round`);
  const model = loadScanModel(round.modelVersion);
  const library = loadActionLibrary(row.libraryVersion);
  const report = publication
    ? withAdjustedLevels(publication.snapshot.report, publication.snapshot.judgement)
    : unpublishedReport(model);
  const findings = criterionFindings(report, model);
  const [goals, actions, updates, fact, followUp, decisions, comments] = await Promise.all([
    listGoals(sql, planId),
    listActions(sql, planId),
    listUpdates(sql, planId),
    publication ? tenMinuteFact(deps, sql, round, model) : null,
    findFollowUpRound(sql, row.locationId, round.opensOn),
    listDecisions(sql, planId),
    listComments(sql, planId),
  ]);
  const comparison = followUp ? (await currentPublication(sql, followUp.id))?.snapshot.comparison?.result : undefined;
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
    round: roundRef(round),
    location: { id: row.locationId, name: row.location },
    ikc: { id: row.ikcId, name: row.ikc },
    organisation: { id: row.organisationId, name: row.organisation },
    libraryVersion: row.libraryVersion,
    tenMinuteRoundsStay: row.tenMinuteRoundsStay,
    tenMinuteFact: fact,
    goals: planGoals,
    criteria: criterionChoices(
      findings,
      library,
      Object.fromEntries(goals.map((g) => [g.criterion, g.ambition])),
      report.needs,
    ),
    warnings: warning ? [warning] : [],
    overdue: overdueActions(actions, today),
    updates,
    followUp: followUp ?? null,
    editable: can(user.role, 'plan.write'),
    committee: {
      decisions,
      comments,
      mayDecide: can(user.role, 'plan.decide'),
      mayComment: can(user.role, 'plan.comment'),
    },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
