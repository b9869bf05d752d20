import { CommentInputSchema, DecisionInputSchema, dutchDay } from '@driehoek/shared';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import type { AppEnv } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { readJson, readParam } from '../../platform/http';
import { notInScope, requireCapability } from '../../platform/scope';
import { buildPlan } from './build-plan';
import { insertComment, insertDecision, lockCurrentDecision } from './committee-queries';
import { findPlan } from './queries';

const Id = z.uuid({ message: 'geen geldig id' });

async function planIdOf(c: Context<AppEnv>): Promise<string> {
  const plan = await findPlan(c.var.deps.sql, c.var.user, readParam(c, 'planId', Id));
  if (!plan) throw notInScope('Plan');
  return plan.id;
}

/** Why `replaces` does not name the decision in force, or null when it does. */
function staleReason(current: { id: string; decidedOn: string } | null, replaces: string | null): string | null {
  if ((current?.id ?? null) === replaces) return null;
  if (!current) return 'dit plan heeft geen besluit dat u kunt vervangen; laad de pagina opnieuw';
  const since = `er geldt al een besluit van ${dutchDay(current.decidedOn)}`;
  return replaces === null ? `${since}; vervang dat besluit` : `${since}, dat u nog niet zag; laad de pagina opnieuw`;
}

/**
 * The municipality's IKC committee on a plan, mounted by the plan routes (which require a login and `report.read`):
 * decisions need `plan.decide`, the thread `plan.comment`. Neither marks the plan as changed: the team's plan did not
 * change, and its page keeps what a member is typing. Each write is audited with ids only (a reason or comment may
 * name people) and answers the whole plan.
 */
export const committeeRoutes = new Hono<AppEnv>()
  .post('/:planId/decisions', requireCapability('plan.decide'), async (c) => {
    const { sql, now } = c.var.deps;
    const planId = await planIdOf(c);
    const input = await readJson(c, DecisionInputSchema);
    if (input.decidedOn > dutchDate(now()))
      throw new AppError('validation', 'decidedOn: de datum van het besluit ligt in de toekomst', 'decidedOn');
    await sql.begin(async (tx) => {
      const current = await lockCurrentDecision(tx, planId);
      const stale = staleReason(current, input.replaces);
      if (stale) throw new AppError('conflict', `replaces: ${stale}`, 'replaces');
      if (current && input.decidedOn < current.decidedOn)
        throw new AppError(
          'validation',
          `decidedOn: ligt vóór het besluit dat u vervangt (${dutchDay(current.decidedOn)})`,
          'decidedOn',
        );
      const decisionId = await insertDecision(tx, { ...input, planId, userId: c.var.user.id });
      await recordAudit(
        tx,
        c.var.user,
        'plan.decision.create',
        { type: 'plan', id: planId },
        { decisionId, outcome: input.outcome, replaces: input.replaces },
      );
    });
    return c.json(await buildPlan(c.var.deps, c.var.user, planId), 201);
  })
  .post('/:planId/comments', requireCapability('plan.comment'), async (c) => {
    const { sql } = c.var.deps;
    const planId = await planIdOf(c);
    const input = await readJson(c, CommentInputSchema);
    await sql.begin(async (tx) => {
      const commentId = await insertComment(tx, {
        planId,
        text: input.text,
        userId: c.var.user.id,
        role: c.var.user.role,
      });
      await recordAudit(tx, c.var.user, 'plan.comment.create', { type: 'plan', id: planId }, { commentId });
    });
    return c.json(await buildPlan(c.var.deps, c.var.user, planId), 201);
  });
