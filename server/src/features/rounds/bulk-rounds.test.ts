import { ApiErrorSchema, BulkPlanSchema, BulkResultSchema, RoundSchema, RoundSeriesSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';
import { findBaselineRound, findReportRound } from '../reports/queries';
import { insertLocation } from '../structure/location-queries';
import { insertIkc, insertOrganisation } from '../structure/organisation-queries';
import { insertRound } from './queries';

let db: Database;
let app: ReturnType<typeof testApp>;
let researcher: Awaited<ReturnType<typeof staffAgent>>;
let organisationId: string;
let ikcs: string[];
const catalog = loadInstruments();
const newest = (key: string) => catalog.latest(key)?.version ?? 1;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
  organisationId = await insertOrganisation(db.sql, { name: 'Gemeente Bulk', kind: 'municipality' });
  ikcs = [];
  // 30 locations in 3 IKCs; every tenth has no school.
  for (let i = 0; i < 3; i++) {
    const ikcId = await insertIkc(db.sql, { organisationId, name: `IKC ${i + 1}` });
    ikcs.push(ikcId);
    for (let j = 0; j < 10; j++) {
      await insertLocation(db.sql, { ikcId, name: `Locatie ${i + 1}.${j + 1}`, hasSchool: j !== 9, families: 50 });
    }
  }
  researcher = await staffAgent(app, db.sql, 'researcher', { organisationId });
});
afterAll(() => db?.close());

const bulkBody = {
  organisationId: '',
  name: 'Nulmeting 2027',
  opensOn: '2027-01-11',
  closesOn: '2027-01-29',
  singleUseCodes: true,
  instruments: {
    parents: { key: 'parents', version: 1 },
    professionals: { key: 'professionals', version: 1 },
    children: { key: 'children', version: 1 },
  },
};

describe('a baseline for every location in one step', () => {
  it('plans the organisation’s 30 locations, then creates 30 rounds with the same dates and versions', async () => {
    const plan = BulkPlanSchema.parse(
      await (await researcher.send('GET', `/api/rounds/bulk/plan?organisationId=${organisationId}`)).json(),
    );
    expect(plan.scope).toMatchObject({ type: 'organisation', name: 'Gemeente Bulk' });
    expect(plan.locations).toHaveLength(30);
    expect(plan.locations.every((l) => l.running === null)).toBe(true);

    const res = await researcher.send('POST', '/api/rounds/bulk', { ...bulkBody, organisationId });
    expect(res.status, await res.clone().text()).toBe(201);
    const result = BulkResultSchema.parse(await res.json());
    expect(result.created).toHaveLength(30);
    expect(result.skipped).toEqual([]);

    const rounds = await db.sql<
      { kind: string; status: string; opensOn: string; codes: boolean; audiences: string[] }[]
    >`
      select r.kind, r.status, r.opens_on as "opensOn", r.single_use_codes as codes,
             array(select ri.audience from round_instruments ri where ri.round_id = r.id order by ri.audience) as audiences
        from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
       where i.organisation_id = ${organisationId}`;
    expect(rounds).toHaveLength(30);
    expect(new Set(rounds.map((r) => `${r.kind} ${r.status} ${r.opensOn} ${r.codes}`))).toEqual(
      new Set(['baseline draft 2027-01-11 true']),
    );
    // Children only where there is a school.
    expect(rounds.filter((r) => !r.audiences.includes('children'))).toHaveLength(3);
    const [audit] = await db.sql<{ n: number }[]>`
      select count(*)::int as n from audit_log where action = 'round.create' and details ? 'bulk'`;
    expect(audit?.n).toBe(30);
  });

  it('adds nothing on a second click: every location already has a round in preparation', async () => {
    const res = await researcher.send('POST', '/api/rounds/bulk', {
      ...bulkBody,
      ikcId: ikcs[0],
      organisationId: undefined,
    });
    const result = BulkResultSchema.parse(await res.json());
    expect(result.created).toEqual([]);
    expect(result.skipped).toHaveLength(10);
    expect(result.skipped[0]?.reason).toBe('heeft al een ronde in voorbereiding of open');
  });

  it('refuses an IKC outside the user’s scope, and a body naming both or neither', async () => {
    const elsewhere = await insertOrganisation(db.sql, { name: 'Elders', kind: 'municipality' });
    const foreignIkc = await insertIkc(db.sql, { organisationId: elsewhere, name: 'IKC Elders' });
    const outside = await researcher.send('POST', '/api/rounds/bulk', {
      ...bulkBody,
      organisationId: undefined,
      ikcId: foreignIkc,
    });
    expect(outside.status).toBe(400);
    expect(ApiErrorSchema.parse(await outside.json()).error.field).toBe('ikcId');
    const plan = await researcher.send('GET', `/api/rounds/bulk/plan?ikcId=${foreignIkc}`);
    expect(plan.status).toBe(404);
    const both = await researcher.send('POST', '/api/rounds/bulk', { ...bulkBody, organisationId, ikcId: ikcs[0] });
    expect(both.status).toBe(400);
  });
});

describe('a follow-up from a baseline', () => {
  it('copies kind, audiences and codes, offers the newest versions, and links the comparison', async () => {
    const locationId = await insertLocation(db.sql, { ikcId: ikcs[1] ?? '', name: 'Vervolglocatie', families: 40 });
    const { roundId: baseline } = await insertRound(db.sql, {
      locationId,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2026-03-01',
      closesOn: '2026-03-20',
      instruments: { parents: { key: 'parents', version: 1 }, professionals: { key: 'professionals', version: 1 } },
    });
    await db.sql`update rounds set single_use_codes = true where id = ${baseline}`;
    const series = RoundSeriesSchema.parse(
      await (await researcher.send('GET', `/api/rounds/${baseline}/series`)).json(),
    );
    expect(series.comparedWith).toBeNull();
    expect(series.proposal).toEqual({
      singleUseCodes: true,
      opensAfter: '2026-03-20',
      audiences: [
        {
          audience: 'parents',
          pinned: { key: 'parents', version: 1 },
          offered: { key: 'parents', version: newest('parents') },
        },
        {
          audience: 'professionals',
          pinned: { key: 'professionals', version: 1 },
          offered: { key: 'professionals', version: newest('professionals') },
        },
      ],
    });

    const early = await researcher.send('POST', `/api/rounds/${baseline}/follow-up`, {
      opensOn: '2026-03-15',
      closesOn: '2026-04-01',
      instruments: { parents: series.proposal.audiences[0]?.offered },
    });
    expect(ApiErrorSchema.parse(await early.json()).error.field).toBe('opensOn');
    const newAudience = await researcher.send('POST', `/api/rounds/${baseline}/follow-up`, {
      opensOn: '2027-03-01',
      closesOn: '2027-03-20',
      instruments: { children: { key: 'children', version: 1 } },
    });
    expect(ApiErrorSchema.parse(await newAudience.json()).error.field).toBe('instruments.children');

    const res = await researcher.send('POST', `/api/rounds/${baseline}/follow-up`, {
      name: 'Vervolg 2027',
      opensOn: '2027-03-01',
      closesOn: '2027-03-20',
      instruments: Object.fromEntries(series.proposal.audiences.map((a) => [a.audience, a.offered])),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const followUp = RoundSchema.parse(await res.json());
    expect(followUp).toMatchObject({ kind: 'follow_up', status: 'draft', singleUseCodes: true, locationId });
    expect(followUp.links.map((l) => [l.audience, l.instrument.version])).toEqual([
      ['parents', newest('parents')],
      ['professionals', newest('professionals')],
    ]);

    const after = RoundSeriesSchema.parse(
      await (await researcher.send('GET', `/api/rounds/${followUp.id}/series`)).json(),
    );
    expect(after.comparedWith?.id).toBe(baseline);
    const before = RoundSeriesSchema.parse(
      await (await researcher.send('GET', `/api/rounds/${baseline}/series`)).json(),
    );
    expect(before.followUps.map((r) => r.id)).toEqual([followUp.id]);

    // The report compares with the linked round, even when a later round at the location has closed since.
    await insertRound(db.sql, {
      locationId,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2026-09-01',
      closesOn: '2026-09-20',
      instruments: { parents: { key: 'parents', version: 1 } },
    });
    const reportRound = await findReportRound(db.sql, followUp.id);
    expect(reportRound && (await findBaselineRound(db.sql, reportRound))).toBe(baseline);
  });
});
