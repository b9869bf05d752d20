import { ResponseIdSchema, SaveResponseSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { limitBody } from '../../body-limit';
import { type AppEnv, readJson, readParam } from '../../context';
import { saveResponse } from './save-response';

/** The largest questionnaire body we accept: generous for 40 items and two long open answers. */
export const MAX_RESPONSE_BYTES = 256 * 1024;

export const responseRoutes = new Hono<AppEnv>().put(
  '/:responseId',
  limitBody(MAX_RESPONSE_BYTES, `body: de antwoorden zijn groter dan ${MAX_RESPONSE_BYTES / 1024} kB`),
  async (c) => {
    const responseId = readParam(c, 'responseId', ResponseIdSchema);
    const input = await readJson(c, SaveResponseSchema);
    // c.get, not c.var: c.var builds an object of every variable on each read, on the busiest route.
    return c.json(await saveResponse(c.get('deps'), responseId, input));
  },
);
