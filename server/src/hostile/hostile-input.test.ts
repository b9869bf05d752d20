import { ApiErrorSchema } from '@driehoek/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimitOf } from '../platform/body-limit';
import { buildHostileWorld, fingerprintTables, type HostileWorld } from '../test-support/hostile-world';
import { badSegment, nearMisses } from '../test-support/near-misses';
import { NO_INPUT_ROUTES, type Sender, WRITE_ROUTES, type WriteRoute } from '../test-support/write-routes';

/**
 * Near misses on every route: for each write route a body it would accept, then thousands of bodies wrong in one
 * place (a wrong type, U+0000 or a lone surrogate in a value or key, an impossible date or time, 5,000 levels of
 * nesting, not an object, not JSON, over the limit, not declared as JSON), and ids that are no id. Every request must
 * get a 4xx with the one error body — never a 2xx, never a 5xx — and afterwards every table must hold exactly what
 * it held before, to the byte.
 */
let w: HostileWorld;
let before: Record<string, string>;

beforeAll(async () => {
  w = await buildHostileWorld();
  before = await fingerprintTables(w.db.sql);
});
afterAll(() => w?.db.close());

const cookieOf = (as: Sender) => (as === 'public' ? '' : as === 'admin' ? w.admin.cookie : w.researcher.cookie);
const limitOf = (path: string) => bodyLimitOf(path)?.maxBytes ?? 0;

async function send(method: string, path: string, as: Sender, body?: string, contentType?: string) {
  return w.app.request(path, {
    method,
    headers: {
      cookie: cookieOf(as),
      'x-driehoek-csrf': '1',
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
    },
    body,
  });
}

/** A 4xx with the one error body; a 400 names the field. */
async function expectRefused(res: Response, what: string) {
  const text = await res.text();
  expect(res.status, `${what} → ${res.status} ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${what} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
  const error = ApiErrorSchema.parse(JSON.parse(text)).error;
  if (res.status === 400) expect(error.field, `${what}: ${error.message}`).toBeTruthy();
}

/** The path with one of its ids replaced by something that is no id. */
function withBadSegment(path: string, segment: string, which: number): string {
  const parts = path.split('/');
  const ids = parts.flatMap((p, i) => (/^[0-9a-f-]{36}$/.test(p) ? [i] : []));
  if (ids.length === 0) return path;
  const at = ids[which % ids.length] ?? 0;
  parts[at] = segment;
  return parts.join('/');
}

const withBody = WRITE_ROUTES.filter((r): r is WriteRoute & { body: NonNullable<WriteRoute['body']> } => !!r.body);

describe('hostile input', { timeout: 300_000 }, () => {
  it('has a near-miss recipe for every write route of the app', () => {
    const known = new Set([...WRITE_ROUTES.map((r) => `${r.method} ${r.route}`), ...NO_INPUT_ROUTES]);
    const writes = [
      ...new Set(
        w.app.routes
          .filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
          .map((r) => `${r.method} ${r.path}`),
      ),
    ];
    expect(writes.length).toBeGreaterThan(30);
    expect(writes.filter((r) => !known.has(r))).toEqual([]);
  });

  it.each(withBody.map((r) => [`${r.method} ${r.route}`, r] as const))(
    'refuses every near miss of a body on %s with a 4xx (200 cases)',
    async (_name, route) => {
      const path = route.path(w);
      const valid = route.body(w);
      await fc.assert(
        fc.asyncProperty(nearMisses(valid, limitOf(path)), async (miss) => {
          const res = await send(route.method, path, route.as, miss.body, miss.contentType);
          if (miss.kind === 'over the limit') expect(res.status, miss.kind).toBe(413);
          if (miss.kind.startsWith('sent as')) expect(res.status, miss.kind).toBe(415);
          await expectRefused(res, `${route.method} ${path} ${miss.kind}`);
        }),
        { numRuns: 200 },
      );
    },
  );

  it('refuses ids that are no id on every write route, with an otherwise valid body (1,500 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITE_ROUTES), badSegment, fc.nat(), async (route, segment, which) => {
        const path = withBadSegment(route.path(w), segment, which);
        if (path === route.path(w)) return;
        const body = route.body ? JSON.stringify(route.body(w)) : undefined;
        const res = await send(route.method, path, route.as, body, body ? 'application/json' : undefined);
        await expectRefused(res, `${route.method} ${path.slice(0, 200)}`);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses ids that are no id and queries that are no query on every read route (1,500 cases)', async () => {
    const reads = [
      ...new Set(w.app.routes.filter((r) => r.method === 'GET' && r.path.includes(':')).map((r) => r.path)),
    ];
    expect(reads.length).toBeGreaterThan(20);
    const paging = ['page=0', 'page=-1', 'page=abc', 'pageSize=100000', 'pageSize=0', 'q=%00', `q=${'x'.repeat(300)}`];
    const badQueries: Record<string, string[]> = {
      '/api/organisations': [...paging, 'archived=maybe'],
      '/api/ikcs': [...paging, 'archived=1'],
      '/api/locations': [...paging, 'archived=all'],
      '/api/rounds': [...paging, 'status=half', 'locationId=nope'],
      '/api/audit': ['page=0', 'pageSize=-5', 'page=1e999'],
      '/api/plans': ['locationId=nope', 'ikcId=%00', 'organisationId=1'],
      '/api/visits': ['roundId=nope', 'roundId=%ED%A0%80'],
      '/api/visits/double-codings': ['roundId=nope', 'roundId=%00'],
    };
    const badQuery = fc
      .constantFrom(...Object.keys(badQueries))
      .chain((path) => fc.constantFrom(...(badQueries[path] ?? [])).map((query) => `${path}?${query}`));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .tuple(fc.constantFrom(...reads), badSegment)
            .map(([route, segment]) => route.replace(/:[A-Za-z]+/, segment).replace(/:[A-Za-z]+/g, w.ids.round)),
          badQuery,
        ),
        fc.constantFrom<Sender>('researcher', 'admin'),
        async (path, as) => {
          // `..` in a path is resolved before routing: /api/rounds/../monitor is /api/monitor, a route of its own.
          if (new URL(path, 'http://x').pathname !== path.split('?')[0]) return;
          const res = await send('GET', path, as);
          const json = res.headers.get('content-type')?.startsWith('application/json');
          if (path.startsWith('/api/') || json) return expectRefused(res, `GET ${path.slice(0, 200)}`);
          // The public pages (a summary, a privacy statement) answer a person with a page, not a client with JSON,
          // unless a guard in front of every route (length, throttle) refused first.
          expect(res.status, `GET ${path.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `GET ${path.slice(0, 200)}`).toBeLessThan(500);
          expect(res.headers.get('content-type'), `GET ${path.slice(0, 200)}`).toMatch(/^text\/html/);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('refuses unknown links and codes on the respondent routes (500 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(badSegment, badSegment, async (link, code) => {
        await expectRefused(await send('GET', `/api/links/${link}`, 'public'), `link ${link.slice(0, 80)}`);
        await expectRefused(
          await send('GET', `/api/links/${w.ids.link}/codes/${code}`, 'public'),
          `code ${code.slice(0, 80)}`,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('stored nothing from any of it: every table is as it was, but for the count of bad codes', async () => {
    await w.traffic.flush();
    const { failed_attempts: attempts, ...after } = await fingerprintTables(w.db.sql);
    const { failed_attempts: _, ...expected } = before;
    expect(Object.keys(after).length).toBeGreaterThan(15);
    expect(after).toEqual(expected);
    // Unknown codes are counted against the link on purpose (throttling code guessing), and nothing else is.
    expect(attempts).toBeDefined();
    const keys = await w.db.sql<{ key: string }[]>`select distinct key from failed_attempts`;
    expect(keys).toEqual([{ key: `codes:${w.ids.link}` }]);
  });
});
