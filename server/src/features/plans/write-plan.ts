import type { Plan } from '@driehoek/shared';
import type { Context } from 'hono';
import { recordAudit } from '../../platform/audit';
import type { AppEnv } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { buildPlan } from './build-plan';
import { touchPlan } from './queries';

/**
 * The one way a plan changes: `change` runs in a transaction that also marks the plan updated and writes the audit
 * entry (so the log cannot miss a change), then the whole plan is answered, so the page never goes stale. When
 * `change` returns false nothing is touched or audited (the write found nothing to do).
 */
export async function writePlan(
  c: Context<AppEnv>,
  planId: string,
  audit: { action: string; details?: Record<string, unknown> },
  change: (tx: Sql) => Promise<unknown>,
): Promise<{ plan: Plan; changed: boolean }> {
  const changed = await c.var.deps.sql.begin(async (tx) => {
    if ((await change(tx)) === false) return false;
    await touchPlan(tx, planId);
    await recordAudit(tx, c.var.user, audit.action, { type: 'plan', id: planId }, audit.details ?? {});
    return true;
  });
  return { plan: await buildPlan(c.var.deps, c.var.user, planId), changed };
}
