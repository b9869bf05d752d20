import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP endpoint as both sides see it: the server mounts a route on exactly this method and path (a test holds
 * the app's routes and this table together), the web calls it through one client that fills the path, sends the
 * body and checks the answer against `answer`.
 * - `answer`: the schema of a JSON answer, `'none'` for a 204, `'file'` for a download or a printable page the
 *   browser opens itself (only its address is built).
 */
export type Endpoint = {
  readonly method: Method;
  readonly path: string;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  readonly answer: z.ZodType | 'none' | 'file';
};

/** Declares an endpoint, keeping its literal path and schemas in the type. */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

/** The names of the `:params` in a path, as a union of string literals. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<E extends Endpoint> = { readonly [K in ParamNames<E['path']>]: string | number };

/** What a call needs: the path's params, the body and the query, each only when the endpoint has them. */
export type CallArgs<E extends Endpoint> = ([ParamNames<E['path']>] extends [never]
  ? { params?: undefined }
  : { params: PathParams<E> }) &
  (E['body'] extends z.ZodType ? { body: z.input<E['body']> } : { body?: undefined }) &
  (E['query'] extends z.ZodType ? { query?: z.input<E['query']> } : { query?: undefined });

/** What a call answers: the parsed JSON, nothing for a 204. */
export type Answer<E extends Endpoint> = E['answer'] extends z.ZodType
  ? z.output<E['answer']>
  : E['answer'] extends 'none'
    ? undefined
    : never;

/**
 * The path with its params filled in (each encoded) and the query appended, leaving out empty values. Throws on a
 * param the endpoint does not name or one it lacks: a wrong address should fail loudly where it is built.
 */
export function pathOf(
  e: Pick<Endpoint, 'path'>,
  params: Readonly<Record<string, string | number>> = {},
  query: Readonly<Record<string, unknown>> = {},
): string {
  const used = new Set<string>();
  const path = e.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${e.path}: param ${name} is missing`);
    used.add(name);
    return encodeURIComponent(String(value));
  });
  const extra = Object.keys(params).filter((k) => !used.has(k));
  if (extra.length > 0) throw new Error(`${e.path}: unknown params ${extra.join(', ')}`);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
