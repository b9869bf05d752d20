import { type Overview, type OverviewIkc, type OverviewLocation, planStatus } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { notInScope } from '../../platform/scope';
import { listPlans } from '../plans/queries';
import { currentPublication } from '../reports/publication-queries';
import {
  cellsFromPublication,
  fingerprintOf,
  readLocationScores,
  type ScoredLocation,
  storeRowOf,
} from './location-scores';
import { findOrganisation, listOverviewRounds } from './queries';

/**
 * The municipality's overview of one organisation: per IKC and location the ten criteria of the latest published
 * report (as the report shows them: suppressed, with the researcher's levels), the movement from the round before,
 * a later round that is closed but not yet published, and the status of the latest plan. Nothing is scored: each
 * location's row was stored when its report was published; a row that is missing or belongs to an earlier
 * publication is read from the publication once and stored again.
 */
export async function buildOverview(deps: AppDeps, user: SessionUser, organisationId: string): Promise<Overview> {
  const { sql } = deps;
  const organisation = await findOrganisation(sql, user, organisationId);
  if (!organisation) throw notInScope('Organisatie');
  const rows = await listOverviewRounds(sql, user, organisationId);
  const today = dutchDate(deps.now());
  const model = loadScanModel();
  const criteria = model.criteria.map((c) => ({ id: c.id, name: c.name.nl }));
  const stored = await readLocationScores(
    sql,
    rows.filter((r) => r.round).map((r) => r.locationId),
  );
  const scored: ScoredLocation[] = [];
  for (const r of rows) {
    const hit = stored.get(r.locationId);
    if (!r.round) scored.push(cellsFromPublication(criteria, undefined, undefined));
    else if (hit && hit.fingerprint === fingerprintOf({ id: r.round.publicationId })) scored.push(hit.scored);
    else {
      const publication = await currentPublication(sql, r.round.id);
      scored.push(
        publication
          ? await storeRowOf(deps, r.locationId, publication)
          : cellsFromPublication(criteria, undefined, undefined),
      );
    }
  }
  const plans = await listPlans(sql, user, { organisationId });
  // listPlans orders a location's plans newest round first: the first one is the plan in force.
  const latestPlan = new Map<string, (typeof plans)[number]>();
  for (const p of plans) if (!latestPlan.has(p.location.id)) latestPlan.set(p.location.id, p);

  const ikcs = new Map<string, OverviewIkc>();
  rows.forEach((row, i) => {
    const plan = latestPlan.get(row.locationId);
    const location: OverviewLocation = {
      id: row.locationId,
      name: row.location,
      round: row.round
        ? {
            id: row.round.id,
            name: row.round.name,
            kind: row.round.kind,
            status: row.round.status,
            opensOn: row.round.opensOn,
            closesOn: row.round.closesOn,
          }
        : null,
      pending: row.pending
        ? {
            id: row.pending.id,
            name: row.pending.name,
            kind: row.pending.kind,
            opensOn: row.pending.opensOn,
            closesOn: row.pending.closesOn,
          }
        : null,
      ...(scored[i] as ScoredLocation),
      plan: plan ? { id: plan.id, title: plan.title, ...planStatus(plan.goals, plan.actions, today) } : null,
    };
    const ikc = ikcs.get(row.ikcId) ?? {
      id: row.ikcId,
      name: row.ikc,
      locations: [],
      plan: { plans: 0, goals: 0, actionsDone: 0, actionsTotal: 0, overdue: 0 },
    };
    ikc.locations.push(location);
    if (location.plan) {
      ikc.plan.plans++;
      ikc.plan.goals += location.plan.goals;
      ikc.plan.actionsDone += location.plan.actionsDone;
      ikc.plan.actionsTotal += location.plan.actionsTotal;
      ikc.plan.overdue += location.plan.overdue;
    }
    ikcs.set(row.ikcId, ikc);
  });
  return { organisation, criteria, ikcs: [...ikcs.values()], today };
}
