import { type ApiError, ApiErrorSchema } from '@driehoek/shared';
import type { z } from 'zod';

/** The error body of a response, checked against the one error contract. */
export async function errorOf(res: Response): Promise<ApiError['error']> {
  return ApiErrorSchema.parse(await res.json()).error;
}

/** A success body, checked against its contract. */
export async function bodyOf<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  return schema.parse(await res.json());
}
