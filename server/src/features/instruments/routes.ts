import { instrumentOutline } from '@driehoek/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { readParam } from '../../platform/http';
import { notInScope, requireCapability } from '../../platform/scope';

/** The published questionnaire versions, for pinning in a round and for the preview. */
export const instrumentRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('instruments.read'))
  .get('/', (c) =>
    c.json({
      items: c.var.deps.catalog.all.map((f) => ({
        key: f.key,
        version: f.version,
        perspective: f.perspective,
        locales: f.locales,
      })),
    }),
  )
  .get('/:key/:version', (c) => {
    const key = readParam(c, 'key', z.string().regex(/^[a-z][a-z0-9-]*$/, 'geen geldige sleutel'));
    const version = readParam(c, 'version', z.coerce.number().int().positive());
    const file = c.var.deps.catalog.get(key, version);
    if (!file) throw notInScope('Vragenlijst');
    return c.json({ ...file, outline: instrumentOutline(file) });
  });
