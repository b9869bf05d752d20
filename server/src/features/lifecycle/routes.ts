import {
  DeletionInputSchema,
  type DeletionKind,
  RetentionInputSchema,
  RetentionPreviewQuerySchema,
} from '@driehoek/shared';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { readJson, readParam, readQuery } from '../../platform/http';
import { notInScope, requireCapability, visibleOrganisation } from '../../platform/scope';
import { deleteOnRequest, deletionPreview } from './delete-on-request';
import { retentionSchedule } from './retention';

const Id = z.uuid({ message: 'geen geldig id' });

async function organisationOf(c: Context<AppEnv>) {
  const { sql } = c.var.deps;
  const [org] = await sql<{ id: string; name: string; days: number | null }[]>`
    select o.id, o.name, o.retention_days as days from organisations o
     where o.id = ${readParam(c, 'id', Id)} and ${visibleOrganisation(sql, c.var.user)}`;
  if (!org) throw notInScope('Organisatie');
  return org;
}

const preview = (kind: DeletionKind) => async (c: Context<AppEnv>) =>
  c.json(await deletionPreview(c.var.deps, c.var.user, kind, readParam(c, 'id', Id)));

const remove = (kind: DeletionKind) => async (c: Context<AppEnv>) => {
  const id = readParam(c, 'id', Id);
  const input = await readJson(c, DeletionInputSchema);
  return c.json(await deleteOnRequest(c.var.deps, c.var.user, kind, id, input));
};

/** The data lifecycle (issue 22, decision 0015): the retention period per organisation, and deletion on request. */
export const lifecycleRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('lifecycle.manage'))
  .get('/organisations/:id/retention', async (c) => {
    const org = await organisationOf(c);
    const { days } = readQuery(c, RetentionPreviewQuerySchema);
    return c.json(await retentionSchedule(c.var.deps, org, days ?? org.days));
  })
  .put('/organisations/:id/retention', async (c) => {
    const org = await organisationOf(c);
    const { days } = await readJson(c, RetentionInputSchema);
    await c.var.deps.sql.begin(async (tx) => {
      await tx`update organisations set retention_days = ${days} where id = ${org.id}`;
      await recordAudit(tx, c.var.user, 'organisation.retention', { type: 'organisation', id: org.id }, { days });
    });
    return c.json(await retentionSchedule(c.var.deps, { ...org, days }, days));
  })
  .get('/rounds/:id/deletion', preview('round'))
  .post('/rounds/:id/delete', remove('round'))
  .get('/locations/:id/deletion', preview('location'))
  .post('/locations/:id/delete', remove('location'))
  .get('/organisations/:id/deletion', preview('organisation'))
  .post('/organisations/:id/delete', remove('organisation'));
