import { ListQuerySchema, LocationInputSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { coversIkc, notInScope, requireCapability } from '../../platform/scope';
import { findLocation, insertLocation, listLocations, setLocationArchived, updateLocation } from './location-queries';

const Id = z.uuid({ message: 'geen geldig id' });
const LocationListQuery = ListQuerySchema.extend({ ikcId: Id.optional(), organisationId: Id.optional() });

/** The IKC a location is put in must be one the user may change, and not archived. */
async function assertIkcWritable(c: { var: AppEnv['Variables'] }, ikcId: string) {
  const { sql } = c.var.deps;
  const [row] = await sql<{ archived: boolean }[]>`
    select i.archived_at is not null as archived from ikcs i where i.id = ${ikcId} and ${coversIkc(sql, c.var.user)}`;
  if (!row) throw new AppError('validation', 'ikcId: dit IKC bestaat niet of valt buiten uw toegang', 'ikcId');
  if (row.archived) throw new AppError('validation', 'ikcId: dit IKC is gearchiveerd', 'ikcId');
}

async function assertLocation(c: { var: AppEnv['Variables'] }, id: string) {
  const location = await findLocation(c.var.deps.sql, c.var.user, id);
  if (!location) throw notInScope('Locatie');
  return location;
}

export const locationRoutes = new Hono<AppEnv>()
  .use(requireStaff)
  .get('/', requireCapability('structure.read'), async (c) =>
    c.json(await listLocations(c.var.deps.sql, c.var.user, readQuery(c, LocationListQuery))),
  )
  .get('/:id', requireCapability('structure.read'), async (c) =>
    c.json(await assertLocation(c, readParam(c, 'id', Id))),
  )
  .post('/', requireCapability('structure.write'), async (c) => {
    const input = await readJson(c, LocationInputSchema);
    await assertIkcWritable(c, input.ikcId);
    const id = await c.var.deps.sql.begin(async (tx) => {
      const locationId = await insertLocation(tx, input);
      await recordAudit(tx, c.var.user, 'location.create', { type: 'location', id: locationId }, { name: input.name });
      return locationId;
    });
    return c.json(await assertLocation(c, id), 201);
  })
  .patch('/:id', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    const input = await readJson(c, LocationInputSchema);
    const current = await assertLocation(c, id);
    await assertIkcWritable(c, current.ikcId);
    await assertIkcWritable(c, input.ikcId);
    await c.var.deps.sql.begin(async (tx) => {
      await updateLocation(tx, id, input);
      await recordAudit(tx, c.var.user, 'location.update', { type: 'location', id }, { fields: Object.keys(input) });
    });
    return c.json(await assertLocation(c, id));
  })
  .post('/:id/archive', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    await assertIkcWritable(c, (await assertLocation(c, id)).ikcId);
    await c.var.deps.sql.begin(async (tx) => {
      await setLocationArchived(tx, id, true);
      await recordAudit(tx, c.var.user, 'location.archive', { type: 'location', id });
    });
    return c.json(await assertLocation(c, id));
  })
  .post('/:id/restore', requireCapability('structure.write'), async (c) => {
    const id = readParam(c, 'id', Id);
    const location = await assertLocation(c, id);
    await assertIkcWritable(c, location.ikcId);
    await c.var.deps.sql.begin(async (tx) => {
      await setLocationArchived(tx, id, false);
      await recordAudit(tx, c.var.user, 'location.restore', { type: 'location', id });
    });
    return c.json(await assertLocation(c, id));
  });
