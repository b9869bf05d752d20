import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { createScan } from '../test-support/fixtures';
import { staffAgent } from '../test-support/staff';
import { openTestDatabase, testApp } from '../test-support/test-database';

/**
 * Generated malformed and oversized input on every public endpoint and a sample of staff endpoints: 10,000 cases in
 * all. Every answer must be a 4xx (never a 5xx), and nothing may be stored by a refused request.
 */

let db: Database;
let app: ReturnType<typeof testApp>;
let linkId: string;
let roundId: string;
let researcher: Awaited<ReturnType<typeof staffAgent>>;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, undefined, { linkRatePerMinute: 1_000_000 });
  const scan = await createScan(db.sql, { name: 'Vijandig' });
  linkId = scan.links.parents ?? '';
  roundId = scan.roundId;
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
});
afterAll(() => db?.close());

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    '%00',
    '<script>alert(1)</script>',
    "' or 1=1 --",
    '=cmd|x',
    '__proto__',
    'constructor',
    'null',
    'NaN',
    '🙂'.repeat(50),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 5 }),
  ),
})).value;
/** A body that looks like a save but is wrong in at least one place. */
const badSaveFor = (linkId: string) =>
  fc.oneof(
    jsonish.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.record({ linkId: nasty, locale: nasty, answers: jsonish, complete: nasty }).map((v) => JSON.stringify(v)),
    fc
      .record({ answers: fc.dictionary(fc.string({ maxLength: 30 }), jsonish, { maxKeys: 8 }), complete: fc.boolean() })
      .map((v) => JSON.stringify({ linkId, locale: 'nl', ...v, answers: { ...v.answers, bestaat_niet: 1 } })),
    fc.constant(JSON.stringify({ linkId, locale: 'nl', answers: { x: 'y'.repeat(400_000) }, complete: true })),
    fc.constant('{"linkId":"'.repeat(2000)),
    fc.constant(
      JSON.stringify({
        linkId,
        locale: 'nl',
        answers: JSON.parse('{"__proto__": {"polluted": true}}'),
        complete: true,
      }),
    ),
  );
const badSave = fc.constant(null).chain(() => badSaveFor(linkId));
const pathSegment = fc.oneof(fc.uuid(), nasty.map(String)).map((s) => encodeURIComponent(s).slice(0, 500));

async function countRows() {
  const [r] = await db.sql<{ responses: number; visits: number; users: number; orgs: number }[]>`
    select (select count(*) from responses)::int as responses, (select count(*) from visits)::int as visits,
           (select count(*) from users)::int as users, (select count(*) from organisations)::int as orgs`;
  return r;
}

const no5xx = (status: number, what: string) => expect(status, what).toBeLessThan(500);

// Thousands of requests: on a loaded two-core machine this takes longer than an ordinary test.
describe('hostile input', { timeout: 240_000 }, () => {
  it('never gets a 5xx on the respondent endpoints and stores nothing it refuses (4,000 cases)', async () => {
    const before = await countRows();
    await fc.assert(
      fc.asyncProperty(pathSegment, badSave, async (id, body) => {
        const res = await app.request(`/api/responses/${id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body,
        });
        no5xx(res.status, `PUT ${id} ${body.slice(0, 200)}`);
        expect(res.status).not.toBe(200);
      }),
      { numRuns: 2500 },
    );
    await fc.assert(
      fc.asyncProperty(pathSegment, pathSegment, async (link, code) => {
        no5xx((await app.request(`/api/links/${link}`)).status, `GET link ${link}`);
        no5xx((await app.request(`/api/links/${linkId}/codes/${code}`)).status, `GET code ${code}`);
        no5xx((await app.request(`/api/links/${link}/codes/${code}`)).status, `GET link code ${link}`);
      }),
      { numRuns: 500 },
    );
    expect(await countRows()).toEqual(before);
  });

  it('never gets a 5xx on login and password links, with or without the CSRF header (2,000 cases)', async () => {
    const before = await countRows();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/session/login', '/api/session/password/set'),
        badSave,
        fc.boolean(),
        async (path, body, csrf) => {
          const res = await app.request(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(csrf ? { 'x-driehoek-csrf': '1' } : {}) },
            body,
          });
          no5xx(res.status, `${path} ${body.slice(0, 200)}`);
          expect(res.status).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 2000 },
    );
    expect(await countRows()).toEqual(before);
  });

  it('never gets a 5xx on staff endpoints with malformed bodies, ids and queries (4,000 cases)', async () => {
    const before = await countRows();
    const writes = [
      '/api/organisations',
      '/api/ikcs',
      '/api/locations',
      '/api/rounds',
      '/api/users',
      `/api/codes/${roundId}`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), badSave, async (path, body) => {
        const res = await app.request(path, {
          method: 'POST',
          headers: { cookie: researcher.cookie, 'x-driehoek-csrf': '1', 'content-type': 'application/json' },
          body,
        });
        no5xx(res.status, `POST ${path} ${body.slice(0, 200)}`);
        expect(res.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 2000 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '/api/organisations/',
          '/api/locations/',
          '/api/rounds/',
          '/api/visits/',
          '/api/open-answers/',
          '/api/reports/',
          '/api/distribution/',
        ),
        pathSegment,
        fc.string({ maxLength: 60 }),
        async (prefix, id, query) => {
          const res = await app.request(
            `${prefix}${id}?q=${encodeURIComponent(query)}&page=${encodeURIComponent(query)}`,
            {
              headers: { cookie: researcher.cookie },
            },
          );
          no5xx(res.status, `GET ${prefix}${id}?${query}`);
          const put = await app.request(`/api/visits/${id}`, {
            method: 'PUT',
            headers: { cookie: researcher.cookie, 'x-driehoek-csrf': '1', 'content-type': 'application/json' },
            body: JSON.stringify({
              roundId,
              instrument: { key: 'mg-phone', version: 1 },
              visitedOn: query,
              answers: { [query]: id },
            }),
          });
          no5xx(put.status, `PUT visit ${id} ${query}`);
          expect(put.status).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 1000 },
    );
    expect(await countRows()).toEqual(before);
  });
});
