import { ResponseIdSchema, SaveResponseSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context';
import { readJson, readParam } from '../../platform/http';
import { clientAddress } from '../../platform/throttle/client-failures';
import { saveResponse } from './save-response';

/** Body limit: BODY_LIMITS in body-limit.ts. */
export const responseRoutes = new Hono<AppEnv>().put('/:responseId', async (c) => {
  const responseId = readParam(c, 'responseId', ResponseIdSchema);
  const input = await readJson(c, SaveResponseSchema);
  // c.get, not c.var: c.var builds an object of every variable on each read, on the busiest route.
  return c.json(await saveResponse(c.get('deps'), responseId, input, clientAddress(c)));
});
