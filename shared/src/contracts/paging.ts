import { z } from 'zod';

/** Query of every list that can grow to hundreds of rows: server-side paging and search. */
export const ListQuerySchema = z.object({
  q: z.string().trim().max(100, 'zoekterm is te lang').optional(),
  page: z.coerce.number({ message: 'moet een getal zijn' }).int().min(1, 'moet 1 of meer zijn').default(1),
  pageSize: z.coerce.number({ message: 'moet een getal zijn' }).int().min(1).max(200, 'hoogstens 200').default(50),
  archived: z.enum(['include', 'exclude', 'only']).default('exclude'),
});
export type ListQuery = z.infer<typeof ListQuerySchema>;

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
