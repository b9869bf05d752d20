import {
  type CriterionId,
  type DecisionBrief,
  type LevelCounts,
  OVERVIEW_INLINE_LOCATIONS,
  type Overview,
  type OverviewFilter,
  type OverviewIkc,
  type OverviewLocation,
  type OverviewQuery,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { notInScope } from '../../platform/scope';
import { currentDecisions } from '../plans/committee-queries';
import { parseStoredRow } from './location-scores';
import {
  countIkcLocations,
  countOrganisationRows,
  findIkc,
  findOrganisation,
  listLocationRows,
  type OverviewLocationRow,
  type OverviewScope,
  pageIkcs,
} from './queries';

export type Criteria = Array<{ id: CriterionId; name: string }>;

export const overviewCriteria = (): Criteria => loadScanModel().criteria.map((c) => ({ id: c.id, name: c.name.nl }));

/** The organisation and the day plan statuses are counted on; 404 when the user may not see the organisation. */
export async function overviewScope(deps: AppDeps, user: SessionUser, organisationId: string) {
  const organisation = await findOrganisation(deps.sql, user, organisationId);
  if (!organisation) throw notInScope('Organisatie');
  const scope: OverviewScope = { user, organisationId, today: dutchDate(deps.now()) };
  return { organisation, scope };
}

/** A stored location row as the overview shows it, with its plan's decision in force. */
export function toOverviewLocation(
  row: OverviewLocationRow,
  criteria: Criteria,
  decisions: Map<string, DecisionBrief>,
): OverviewLocation {
  // A row is shown only beside the published round it was read from; without one the location has no figures.
  const scored = parseStoredRow(criteria, row.round ? row.scored : null);
  return {
    id: row.locationId,
    name: row.location,
    round: row.round,
    pending: row.pending
      ? {
          id: row.pending.id,
          name: row.pending.name,
          kind: row.pending.kind,
          opensOn: row.pending.opensOn,
          closesOn: row.pending.closesOn,
        }
      : null,
    ...scored,
    plan: row.plan ? { ...row.plan, decision: decisions.get(row.plan.id) ?? null } : null,
  };
}

const decisionsOf = (deps: AppDeps, rows: OverviewLocationRow[]) =>
  currentDecisions(
    deps.sql,
    rows.flatMap((r) => (r.plan ? [r.plan.id] : [])),
  );

export const emptyPlanSummary = (): OverviewIkc['plan'] => ({
  plans: 0,
  goals: 0,
  actionsDone: 0,
  actionsTotal: 0,
  overdue: 0,
});

/**
 * Adds a location's latest plan to its IKC's sums, and its decision in force when it is the IKC's most recent: a
 * later decision date wins, the first location in order on a tie.
 */
export function addPlan(ikc: Pick<OverviewIkc, 'plan' | 'decision'>, location: OverviewLocation): void {
  const plan = location.plan;
  if (!plan) return;
  ikc.plan.plans++;
  ikc.plan.goals += plan.goals;
  ikc.plan.actionsDone += plan.actionsDone;
  ikc.plan.actionsTotal += plan.actionsTotal;
  ikc.plan.overdue += plan.overdue;
  if (plan.decision && (!ikc.decision || plan.decision.decidedOn > ikc.decision.decidedOn))
    ikc.decision = { ...plan.decision, location: { id: location.id, name: location.name } };
}

/** One IKC's summary over its kept locations: levels counted per criterion, publication state, plans, decision. */
export function summariseIkc(
  ikc: { id: string; name: string; locationTotal: number },
  rows: OverviewLocationRow[],
  locations: OverviewLocation[],
  criteria: Criteria,
): Omit<OverviewIkc, 'locations'> {
  const levels: LevelCounts[] = criteria.map(({ id }) => {
    const counts: LevelCounts = { criterion: id, 1: 0, 2: 0, 3: 0, none: 0 };
    for (const row of rows) {
      const level = row.round ? row.levels?.[id] : null;
      if (level === 1 || level === 2 || level === 3) counts[level]++;
      else counts.none++;
    }
    return counts;
  });
  const summary: Omit<OverviewIkc, 'locations'> = {
    id: ikc.id,
    name: ikc.name,
    locationCount: rows.length,
    locationTotal: ikc.locationTotal,
    published: rows.filter((r) => r.round).length,
    pending: rows.filter((r) => r.pending).length,
    levels,
    plan: emptyPlanSummary(),
    decision: null,
  };
  for (const location of locations) addPlan(summary, location);
  return summary;
}

/**
 * One page of the municipality's overview of an organisation: the IKCs the filter keeps, sorted and paged in SQL,
 * each with a summary row (per criterion how many locations stand at each level of the latest published report, as
 * the reports show them: suppressed, with the researcher's levels; publication state; plans and the committee's
 * latest decision), and the locations themselves when the page holds few enough. Nothing is scored or read from a
 * publication: every location's row was stored when its report was published (decision 0007).
 */
export async function buildOverview(
  deps: AppDeps,
  user: SessionUser,
  organisationId: string,
  query: OverviewQuery,
): Promise<Overview> {
  const { sql } = deps;
  const { organisation, scope } = await overviewScope(deps, user, organisationId);
  const criteria = overviewCriteria();
  const page = await pageIkcs(sql, scope, query, query);
  const ids = page.items.map((i) => i.id);
  const [rows, totals, counts] = await Promise.all([
    ids.length > 0 ? listLocationRows(sql, scope, query, ids) : Promise.resolve([]),
    countOrganisationRows(sql, user, organisationId),
    countIkcLocations(sql, user, ids),
  ]);
  const decisions = await decisionsOf(deps, rows);
  const inline = rows.length <= OVERVIEW_INLINE_LOCATIONS;
  const byIkc = new Map<string, OverviewLocationRow[]>();
  for (const row of rows) byIkc.set(row.ikcId, [...(byIkc.get(row.ikcId) ?? []), row]);
  const ikcs = page.items.map((item): OverviewIkc => {
    const ikcRows = byIkc.get(item.id) ?? [];
    const locations = ikcRows.map((r) => toOverviewLocation(r, criteria, decisions));
    const ikc = { ...item, locationTotal: counts.get(item.id) ?? item.locationCount };
    return { ...summariseIkc(ikc, ikcRows, locations, criteria), locations: inline ? locations : null };
  });
  return {
    organisation,
    criteria,
    ikcs,
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    locations: { matching: page.matching, total: totals.locations },
    refresh: { stale: totals.stale, rows: totals.rows },
    today: scope.today,
  };
}

/** The locations of one IKC the filter keeps, for a page that did not carry them; 404 outside the user's scope. */
export async function buildIkcLocations(
  deps: AppDeps,
  user: SessionUser,
  organisationId: string,
  ikcId: string,
  filter: OverviewFilter,
): Promise<OverviewLocation[]> {
  const { scope } = await overviewScope(deps, user, organisationId);
  if (!(await findIkc(deps.sql, user, organisationId, ikcId))) throw notInScope('IKC');
  const criteria = overviewCriteria();
  const rows = await listLocationRows(deps.sql, scope, filter, [ikcId]);
  const decisions = await decisionsOf(deps, rows);
  return rows.map((r) => toOverviewLocation(r, criteria, decisions));
}
