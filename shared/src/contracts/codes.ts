import { z } from 'zod';
import { AudienceSchema } from './common';
import { endpoint } from './endpoint';

export const CodeBatchInputSchema = z.object({
  audience: AudienceSchema,
  count: z.number({ message: 'moet een getal zijn' }).int().min(1, 'minstens 1').max(2000, 'hoogstens 2000 per keer'),
});

export const CodeBatchSchema = z.object({ batch: z.number().int(), codes: z.array(z.string()) });
export const CodeBatchQuerySchema = z.object({ batch: z.coerce.number().int().positive().optional() });

/** Single-use code batches of a round: made by a researcher, printed as sheets or taken as CSV. */
export const codesApi = {
  create: endpoint({
    method: 'POST',
    path: '/api/codes/:roundId',
    body: CodeBatchInputSchema,
    answer: CodeBatchSchema,
  }),
  csv: endpoint({ method: 'GET', path: '/api/codes/:roundId/codes.csv', query: CodeBatchQuerySchema, answer: 'file' }),
  sheet: endpoint({ method: 'GET', path: '/api/codes/:roundId/sheet', query: CodeBatchQuerySchema, answer: 'file' }),
};
