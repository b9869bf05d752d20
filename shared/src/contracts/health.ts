import { z } from 'zod';
import { endpoint } from './endpoint';

/** For load balancers: whether the database answers. */
export const healthApi = {
  check: endpoint({ method: 'GET', path: '/healthz', answer: z.object({ ok: z.boolean() }) }),
};
