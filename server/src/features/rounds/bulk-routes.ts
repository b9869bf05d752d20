import { BulkBaselineInputSchema, BulkScopeQuerySchema, FollowUpInputSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { readJson, readParam, readQuery } from '../../platform/http';
import { notInScope, requireCapability, roundInScope } from '../../platform/scope';
import { createBulkBaselines, planBulk } from './bulk-rounds';
import { createFollowUp, roundSeries } from './follow-up';
import { findRound } from './queries';

const Id = z.uuid({ message: 'geen geldig id' });

/**
 * Rounds made many at once or from another round (issue 21), mounted beside `roundRoutes` on /api/rounds:
 * a baseline for every location of an IKC or organisation, and a follow-up from a round with its settings copied.
 */
export const roundSeriesRoutes = new Hono<AppEnv>()
  .use(requireStaff)
  .get('/bulk/plan', requireCapability('rounds.write'), async (c) => {
    const plan = await planBulk(c.var.deps.sql, c.var.user, readQuery(c, BulkScopeQuerySchema));
    if (!plan) throw notInScope('IKC of organisatie');
    return c.json(plan);
  })
  .post('/bulk', requireCapability('rounds.write'), async (c) => {
    const input = await readJson(c, BulkBaselineInputSchema);
    const { sql, catalog } = c.var.deps;
    return c.json(await createBulkBaselines(sql, catalog, c.var.user, input), 201);
  })
  .get('/:id/series', requireCapability('rounds.read'), async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'id', Id));
    return c.json(await roundSeries(c.var.deps.sql, c.var.deps.catalog, round.id));
  })
  .post('/:id/follow-up', requireCapability('rounds.write'), async (c) => {
    const { sql, catalog } = c.var.deps;
    const base = await roundInScope(sql, c.var.user, readParam(c, 'id', Id));
    const input = await readJson(c, FollowUpInputSchema);
    const id = await createFollowUp(sql, catalog, c.var.user, base.id, input);
    return c.json(await findRound(sql, c.var.user, id), 201);
  });
