import { ResponseIdSchema, SaveResponseSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type AppEnv, readJson, readParam } from '../../context';
import { AppError } from '../../errors';
import { saveResponse } from './save-response';

/** The largest questionnaire body we accept: generous for 40 items and two long open answers. */
export const MAX_RESPONSE_BYTES = 256 * 1024;

export const responseRoutes = new Hono<AppEnv>().put(
  '/:responseId',
  bodyLimit({
    maxSize: MAX_RESPONSE_BYTES,
    onError: () => {
      throw new AppError(
        'payload_too_large',
        `body: de antwoorden zijn groter dan ${MAX_RESPONSE_BYTES / 1024} kB`,
        'body',
      );
    },
  }),
  async (c) => {
    const responseId = readParam(c, 'responseId', ResponseIdSchema);
    const input = await readJson(c, SaveResponseSchema);
    return c.json(await saveResponse(c.var.deps, responseId, input));
  },
);
