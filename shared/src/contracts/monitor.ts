import { z } from 'zod';
import { AudienceSchema, IsoDateSchema, LinkIdSchema } from './common';
import { endpoint } from './endpoint';

/** One row of the staff response monitor: a link of an open or closed round with its counts. */
export const MonitorRowSchema = z.object({
  roundId: z.string(),
  organisation: z.string(),
  ikc: z.string(),
  location: z.string(),
  audience: AudienceSchema,
  linkId: LinkIdSchema,
  roundStatus: z.enum(['draft', 'open', 'closed', 'reported']),
  opensOn: IsoDateSchema,
  closesOn: IsoDateSchema,
  /** Null for IKC and municipality users when fewer than the model's minimum group completed: small groups stay hidden. */
  partial: z.number().int().nonnegative().nullable(),
  complete: z.number().int().nonnegative().nullable(),
});
export type MonitorRow = z.infer<typeof MonitorRowSchema>;

export const MonitorSchema = z.object({ rows: z.array(MonitorRowSchema) });
export type Monitor = z.infer<typeof MonitorSchema>;

/** Response counts of every round a user may see. */
export const monitorApi = {
  all: endpoint({ method: 'GET', path: '/api/monitor', answer: MonitorSchema }),
};
