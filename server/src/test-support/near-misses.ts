import fc from 'fast-check';
import type { Json } from './write-routes';

/** A request body that is wrong in one place, and how it is sent. Every near miss must be refused with a 4xx. */
export type NearMiss = { kind: string; body: string; contentType: string; declaredLength?: number };

type Path = Array<string | number>;
type Leaf = { path: Path; value: Exclude<Json, Json[] | { [key: string]: Json }> };

/** Every scalar of a JSON value (strings, numbers, booleans, nulls) with its path. */
export function leavesOf(value: Json, path: Path = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]));
  return [{ path, value }];
}

/** Every object key of a JSON value with the path of the object holding it. */
function keysOf(value: Json, path: Path = []): Array<{ path: Path; key: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [{ path, key: k }, ...keysOf(v, [...path, k])]);
  return [];
}

function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setAt(v, rest, replacement) : v));
  if (value !== null && typeof value === 'object' && typeof head === 'string')
    return { ...value, [head]: setAt(value[head] as Json, rest, replacement) };
  return value;
}

function renameKeyAt(value: Json, path: Path, key: string, next: string): Json {
  if (path.length === 0 && value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === key ? next : k, v]));
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? renameKeyAt(v, rest, key, next) : v));
  if (value !== null && typeof value === 'object' && typeof head === 'string')
    return { ...value, [head]: renameKeyAt(value[head] as Json, rest, key, next) };
  return value;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const JSON_TYPE = 'application/json';

/** A value of the wrong type for a leaf: no field of ours accepts a number where it takes text, and so on. */
function wrongTypeFor(leaf: Leaf['value']): fc.Arbitrary<Json> {
  if (typeof leaf === 'string') return fc.oneof(fc.integer(), fc.constant(true), fc.constant({ a: 1 }));
  if (typeof leaf === 'number') return fc.oneof(fc.string(), fc.constant(false), fc.constant({ a: 1 }));
  if (typeof leaf === 'boolean') return fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.constant({ a: 1 }));
  return fc.constant({ a: 1 });
}

/** Text PostgreSQL or the serialiser would fail on: U+0000 or a lone surrogate, somewhere in the string. */
const poison = fc.constantFrom('\u0000', '\ud800', '\udfff', '\udbff', '\u0000\ud83d');
const insertAt = (text: string, at: number, what: string) => {
  const i = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, i) + what + text.slice(i);
};

/** `[[[…leaf…]]]` as JSON text, built as text: JSON.stringify itself overflows at these depths. */
const nested = (depth: number, open: '[' | '{', leaf: string) =>
  open === '['
    ? `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

/** Every way of getting a body for `valid` almost right. `limit` is the route's body limit in bytes. */
export function nearMisses(valid: Json, limit: number): fc.Arbitrary<NearMiss> {
  const leaves = leavesOf(valid);
  const strings = leaves.filter((l) => typeof l.value === 'string');
  const dates = strings.filter((l) => DATE.test(String(l.value)));
  const times = strings.filter((l) => TIME.test(String(l.value)));
  const keys = keysOf(valid);
  const json = (kind: string, value: Json): NearMiss => ({ kind, body: JSON.stringify(value), contentType: JSON_TYPE });
  const options: Array<fc.Arbitrary<NearMiss>> = [
    fc
      .constantFrom(...leaves)
      .chain((leaf) =>
        wrongTypeFor(leaf.value).map((v) => json(`wrong type at ${leaf.path.join('.')}`, setAt(valid, leaf.path, v))),
      ),
    fc
      .tuple(fc.constantFrom(...keys), poison, fc.nat())
      .map(([k, p, at]) => json(`bad text in key ${k.key}`, renameKeyAt(valid, k.path, k.key, insertAt(k.key, at, p)))),
    fc
      .tuple(
        fc.constantFrom(...leaves),
        fc.oneof(fc.constant(5000), fc.integer({ min: 33, max: 5000 })),
        fc.constantFrom('[' as const, '{' as const),
        // At the bottom: a number, or text with U+0000 or a lone surrogate, which the depth must not hide.
        fc.constantFrom('1', '"\\u0000"', '"\\ud800"', '"ja"'),
      )
      .map(([leaf, depth, open, bottom]) => {
        const marker = '"__deep__"';
        const body = JSON.stringify(setAt(valid, leaf.path, '__deep__')).replace(marker, nested(depth, open, bottom));
        return { kind: `${depth} levels at ${leaf.path.join('.')}`, body, contentType: JSON_TYPE };
      }),
    fc
      .oneof(fc.array(fc.integer(), { maxLength: 3 }), fc.integer(), fc.string(), fc.constant(null), fc.boolean())
      .map((v) => json('not an object', v as Json)),
    fc
      .oneof(
        fc.string().filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
        fc.nat().map((n) => JSON.stringify(valid).slice(0, n % JSON.stringify(valid).length)),
      )
      .map((body) => ({ kind: 'not JSON', body, contentType: JSON_TYPE })),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'text/json',
        'application/jsonp',
        '',
      )
      .map((contentType) => ({
        kind: `sent as ${contentType || 'no type'}`,
        body: JSON.stringify(valid),
        contentType,
      })),
    fc.constant({
      kind: 'over the limit',
      body: JSON.stringify({ ...(valid as object), padding: 'x'.repeat(limit) }),
      contentType: JSON_TYPE,
    }),
  ];
  if (strings.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...strings), poison, fc.nat())
        .map(([leaf, p, at]) =>
          json(`bad text at ${leaf.path.join('.')}`, setAt(valid, leaf.path, insertAt(String(leaf.value), at, p))),
        ),
    );
  }
  if (dates.length > 0) {
    options.push(
      fc
        .tuple(
          fc.constantFrom(...dates),
          fc.constantFrom('2026-02-30', '2026-02-29', '2025-13-01', '2026-04-31', '0000-00-00', '2026-00-10'),
        )
        .map(([leaf, day]) => json(`impossible date ${day} at ${leaf.path.join('.')}`, setAt(valid, leaf.path, day))),
    );
  }
  if (times.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...times), fc.constantFrom('25:99', '24:00', '12:60', '9:5', '-1:00'))
        .map(([leaf, time]) => json(`impossible time ${time}`, setAt(valid, leaf.path, time))),
    );
  }
  return fc.oneof(...options);
}

/** Path segments no id is: non-UUIDs, traversal, encoded NUL and broken UTF-8, very long. */
export const badSegment = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('..', '%2e%2e', '%00', 'abc%00def', '%ED%A0%80', '%C0%AF', '%FF', 'null', 'undefined', '-1', '0'),
  fc.uuid().map((u) => `${u}x`),
  fc.constant('a'.repeat(5000)),
);
