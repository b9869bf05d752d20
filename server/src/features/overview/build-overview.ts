import { type Overview, type OverviewIkc, type OverviewLocation, planStatus } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { notInScope } from '../../platform/scope';
import { listPlans } from '../plans/queries';
import { fingerprintOf, readLocationScores, type ScoredLocation, scoreAndStore, scoredCells } from './location-scores';
import { findOrganisation, listOverviewRounds, locationFingerprints } from './queries';

/** Reports built at once: overlaps one report's database reads with another's scoring on a server database. */
const CONCURRENCY = 4;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The municipality's overview of one organisation: per IKC and location the ten criteria of the latest closed or
 * reported round (from the already suppressed report, so hidden figures stay hidden), the movement from the round
 * before, and the status of the latest plan. Queries for the rounds, their fingerprints, the stored rows
 * (`location_scores`, written when a round closes) and the plans; a report is scored only for a location whose
 * fingerprint changed since its row was stored, and the new row is stored for every process.
 */
export async function buildOverview(deps: AppDeps, user: SessionUser, organisationId: string): Promise<Overview> {
  const { sql } = deps;
  const organisation = await findOrganisation(sql, user, organisationId);
  if (!organisation) throw notInScope('Organisatie');
  const rows = await listOverviewRounds(sql, user, organisationId);
  const today = dutchDate(deps.now());
  const model = loadScanModel();
  const criteria = model.criteria.map((c) => ({ id: c.id, name: c.name.nl }));
  const located = rows.filter((r) => r.round).map((r) => r.locationId);
  const [fingerprints, stored] = await Promise.all([
    locationFingerprints(sql, located),
    readLocationScores(sql, located),
  ]);
  const scored = await mapLimited(rows, CONCURRENCY, async (r): Promise<ScoredLocation> => {
    if (!r.round) return scoredCells(criteria, undefined);
    const fingerprint = fingerprintOf(r.round.id, fingerprints.get(r.locationId) ?? '');
    const hit = stored.get(r.locationId);
    if (hit?.fingerprint === fingerprint) return hit.scored;
    // Changed since it was stored (a late response, a new visit) or never stored: score it and store it again.
    return scoreAndStore(deps, criteria, { locationId: r.locationId, roundId: r.round.id, fingerprint });
  });
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
      round: row.round,
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
