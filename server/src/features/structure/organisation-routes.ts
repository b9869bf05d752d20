import { IkcInputSchema, ListQuerySchema, OrganisationInputSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { coversIkc, notInScope, requireCapability } from '../../platform/scope';
import {
  findIkc,
  findOrganisation,
  insertIkc,
  insertOrganisation,
  listIkcs,
  listOrganisations,
  setIkcArchived,
  setOrganisationArchived,
  updateIkc,
  updateOrganisation,
} from './organisation-queries';

const Id = z.uuid({ message: 'geen geldig id' });
const IkcListQuery = ListQuerySchema.extend({ organisationId: Id.optional() });

export const organisationRoutes = new Hono<AppEnv>()
  .use(requireStaff)
  .get('/', requireCapability('structure.read'), async (c) =>
    c.json(await listOrganisations(c.var.deps.sql, c.var.user, readQuery(c, ListQuerySchema))),
  )
  .get('/:id', requireCapability('structure.read'), async (c) => {
    const org = await findOrganisation(c.var.deps.sql, c.var.user, readParam(c, 'id', Id));
    if (!org) throw notInScope('Organisatie');
    return c.json(org);
  })
  .post('/', requireCapability('structure.write'), async (c) => {
    const input = await readJson(c, OrganisationInputSchema);
    const user = c.var.user;
    const id = await c.var.deps.sql.begin(async (tx) => {
      const orgId = await insertOrganisation(tx, input);
      // A researcher who sets up a new client works in it from then on.
      if (user.role !== 'admin')
        await tx`insert into user_scopes (user_id, organisation_id) values (${user.id}, ${orgId})`;
      await recordAudit(tx, user, 'organisation.create', { type: 'organisation', id: orgId }, { name: input.name });
      return orgId;
    });
    return c.json(await findOrganisation(c.var.deps.sql, user, id), 201);
  })
  .patch('/:id', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    const input = await readJson(c, OrganisationInputSchema);
    if (!(await findOrganisation(c.var.deps.sql, c.var.user, id))) throw notInScope('Organisatie');
    await c.var.deps.sql.begin(async (tx) => {
      await updateOrganisation(tx, id, input);
      await recordAudit(
        tx,
        c.var.user,
        'organisation.update',
        { type: 'organisation', id },
        { fields: ['name', 'kind'] },
      );
    });
    return c.json(await findOrganisation(c.var.deps.sql, c.var.user, id));
  })
  .post('/:id/archive', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    if (!(await findOrganisation(c.var.deps.sql, c.var.user, id))) throw notInScope('Organisatie');
    await c.var.deps.sql.begin(async (tx) => {
      await setOrganisationArchived(tx, id, true);
      await recordAudit(tx, c.var.user, 'organisation.archive', { type: 'organisation', id });
    });
    return c.json(await findOrganisation(c.var.deps.sql, c.var.user, id));
  })
  .post('/:id/restore', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    if (!(await findOrganisation(c.var.deps.sql, c.var.user, id))) throw notInScope('Organisatie');
    await c.var.deps.sql.begin(async (tx) => {
      await setOrganisationArchived(tx, id, false);
      await recordAudit(tx, c.var.user, 'organisation.restore', { type: 'organisation', id });
    });
    return c.json(await findOrganisation(c.var.deps.sql, c.var.user, id));
  });

async function ikcWritable(c: { var: AppEnv['Variables'] }, id: string) {
  const { sql } = c.var.deps;
  const [row] = await sql`select 1 from ikcs i where i.id = ${id} and ${coversIkc(sql, c.var.user)}`;
  if (!row) throw notInScope('IKC');
}

async function organisationWritable(c: { var: AppEnv['Variables'] }, organisationId: string) {
  const org = await findOrganisation(c.var.deps.sql, c.var.user, organisationId);
  if (!org)
    throw new AppError(
      'validation',
      'organisationId: deze organisatie bestaat niet of valt buiten uw toegang',
      'organisationId',
    );
  if (org.archived)
    throw new AppError('validation', 'organisationId: deze organisatie is gearchiveerd', 'organisationId');
}

export const ikcRoutes = new Hono<AppEnv>()
  .use(requireStaff)
  .get('/', requireCapability('structure.read'), async (c) =>
    c.json(await listIkcs(c.var.deps.sql, c.var.user, readQuery(c, IkcListQuery))),
  )
  .get('/:id', requireCapability('structure.read'), async (c) => {
    const ikc = await findIkc(c.var.deps.sql, c.var.user, readParam(c, 'id', Id));
    if (!ikc) throw notInScope('IKC');
    return c.json(ikc);
  })
  .post('/', requireCapability('structure.write'), async (c) => {
    const input = await readJson(c, IkcInputSchema);
    await organisationWritable(c, input.organisationId);
    const id = await c.var.deps.sql.begin(async (tx) => {
      const ikcId = await insertIkc(tx, input);
      await recordAudit(tx, c.var.user, 'ikc.create', { type: 'ikc', id: ikcId }, { name: input.name });
      return ikcId;
    });
    return c.json(await findIkc(c.var.deps.sql, c.var.user, id), 201);
  })
  .patch('/:id', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    const input = await readJson(c, IkcInputSchema);
    await ikcWritable(c, id);
    await organisationWritable(c, input.organisationId);
    await c.var.deps.sql.begin(async (tx) => {
      await updateIkc(tx, id, input);
      await recordAudit(tx, c.var.user, 'ikc.update', { type: 'ikc', id }, { fields: ['name', 'organisationId'] });
    });
    return c.json(await findIkc(c.var.deps.sql, c.var.user, id));
  })
  .post('/:id/archive', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    await ikcWritable(c, id);
    await c.var.deps.sql.begin(async (tx) => {
      await setIkcArchived(tx, id, true);
      await recordAudit(tx, c.var.user, 'ikc.archive', { type: 'ikc', id });
    });
    return c.json(await findIkc(c.var.deps.sql, c.var.user, id));
  })
  .post('/:id/restore', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    await ikcWritable(c, id);
    await c.var.deps.sql.begin(async (tx) => {
      await setIkcArchived(tx, id, false);
      await recordAudit(tx, c.var.user, 'ikc.restore', { type: 'ikc', id });
    });
    return c.json(await findIkc(c.var.deps.sql, c.var.user, id));
  });
