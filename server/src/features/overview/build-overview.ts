import {
  levelText,
  movementLabel,
  type Overview,
  type OverviewIkc,
  type OverviewLocation,
  planStatus,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { type AppDeps, dutchDate, type SessionUser } from '../../context';
import { notInScope } from '../access/scope';
import { listPlans } from '../plans/queries';
import { buildRoundReport, type RoundReport } from '../reports/build-report';
import { findOrganisation, listOverviewRounds, locationFingerprints } from './queries';

type ScoredLocation = Pick<OverviewLocation, 'cells' | 'baseline'>;

/**
 * Scored overview rows per database handle and location, valid while the location's fingerprint holds: reports of
 * closed rounds rarely change, and a municipality opens its overview again and again.
 */
const cache = new WeakMap<object, Map<string, { fingerprint: string; scored: ScoredLocation }>>();
const CACHE_LIMIT = 5_000;

/** Drops the cached rows of one database: for benches that measure a first view. */
export function forgetOverviewCache(sql: object): void {
  cache.delete(sql);
}

function scoredCells(
  criteria: ReadonlyArray<{ id: OverviewLocation['cells'][number]['criterion'] }>,
  built: RoundReport | undefined,
): ScoredLocation {
  return {
    baseline: built?.comparison
      ? { id: built.comparison.baseline.id, opensOn: built.comparison.baseline.opensOn }
      : null,
    cells: criteria.map(({ id }) => {
      const level = built?.report.overall.find((o) => o.criterion === id)?.level ?? null;
      const moved = built?.comparison?.result.overall.find((o) => o.criterion === id);
      return {
        criterion: id,
        level,
        label: levelText(level),
        movement: moved
          ? {
              before: moved.before?.level ?? null,
              after: moved.after?.level ?? null,
              levelChange: moved.levelChange,
              label: movementLabel(moved.before?.level ?? null, moved.after?.level ?? null, moved.levelChange),
            }
          : null,
      };
    }),
  };
}

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
 * before, and the status of the latest plan. One query for the rounds, one for their fingerprints, one for the plans,
 * and a report per location whose fingerprint changed since it was last scored.
 */
export async function buildOverview(deps: AppDeps, user: SessionUser, organisationId: string): Promise<Overview> {
  const { sql } = deps;
  const organisation = await findOrganisation(sql, user, organisationId);
  if (!organisation) throw notInScope('Organisatie');
  const rows = await listOverviewRounds(sql, user, organisationId);
  const today = dutchDate(deps.now());
  const model = loadScanModel();
  const criteria = model.criteria.map((c) => ({ id: c.id, name: c.name.nl }));
  const fingerprints = await locationFingerprints(
    sql,
    rows.filter((r) => r.round).map((r) => r.locationId),
  );
  const store = cache.get(sql) ?? new Map();
  cache.set(sql, store);
  const scored = await mapLimited(rows, CONCURRENCY, async (r): Promise<ScoredLocation> => {
    if (!r.round) return scoredCells(criteria, undefined);
    const fingerprint = `${r.round.id}/${fingerprints.get(r.locationId) ?? ''}`;
    const hit = store.get(r.locationId);
    if (hit?.fingerprint === fingerprint) return hit.scored;
    const fresh = scoredCells(criteria, await buildRoundReport(deps, r.round.id));
    if (store.size >= CACHE_LIMIT) store.delete(store.keys().next().value ?? '');
    store.set(r.locationId, { fingerprint, scored: fresh });
    return fresh;
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
