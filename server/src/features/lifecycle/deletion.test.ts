import { DeletionPreviewSchema, DeletionResultSchema, IkcReportViewSchema, ReportViewSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { errorOf } from '../../test-support/http';
import { buildLifecycleWorld, type LifecycleWorld, rowsMentioning } from '../../test-support/lifecycle-world';
import { openTestDatabase, testApp, testClock } from '../../test-support/test-database';

// Issue 22.2: a round's, a location's or an organisation's data deleted on request, with the name typed by hand and
// a reason; one transaction, no row left that names it, and an audit entry without personal data. Publications that
// are kept but showed its data are withdrawn and emptied (decision 0015).
const catalog = loadInstruments();
let db: Database;
let app: ReturnType<typeof testApp>;
let gone: LifecycleWorld;
let round: LifecycleWorld;

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db, testClock(new Date().toISOString()));
  gone = await buildLifecycleWorld(app, db.sql, catalog, 'Weg');
  round = await buildLifecycleWorld(app, db.sql, catalog, 'Ronde');
}, 120_000);
afterAll(() => db?.close());

/** Every id a row could name the rounds by: the rounds, their links, visits, plans, publications and responses. */
async function idsOfRounds(roundIds: string[]): Promise<string[]> {
  const [row] = await db.sql<{ ids: string[] }[]>`
    select array(select id from links where round_id = any(${roundIds}::uuid[])
                 union all select id::text from visits where round_id = any(${roundIds}::uuid[])
                 union all select id::text from plans where round_id = any(${roundIds}::uuid[])
                 union all select id::text from report_publications where round_id = any(${roundIds}::uuid[])
                 union all select id::text from responses where round_id = any(${roundIds}::uuid[])) as ids`;
  return [...roundIds, ...(row?.ids ?? [])];
}

const remove = (w: LifecycleWorld, path: string, confirm: string, reason = 'controller_request') =>
  w.admin.send('POST', `/api/lifecycle/${path}/delete`, { confirm, reason });

describe('deleting a location on request', () => {
  it('shows what it takes, and refuses without the exact name, a listed reason or an admin', async () => {
    const res = await gone.admin.send('GET', `/api/lifecycle/locations/${gone.locationId}/deletion`);
    expect(res.status, await res.clone().text()).toBe(200);
    const preview = DeletionPreviewSchema.parse(await res.json());
    expect(preview).toMatchObject({
      confirmName: 'Locatie Weg',
      counts: { ikcs: 0, locations: 1, rounds: 2, responses: 26, visits: 4, publications: 2, plans: 1 },
      withdraws: ['IKC-rapport van IKC Weg, versie 1'],
    });
    const wrong = await remove(gone, `locations/${gone.locationId}`, 'locatie weg');
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).field).toBe('confirm');
    const free = await remove(gone, `locations/${gone.locationId}`, 'Locatie Weg', 'op verzoek van mevrouw Jansen');
    expect(free.status).toBe(400);
    expect((await errorOf(free)).field).toBe('reason');
    const researcher = await gone.researcher.send('POST', `/api/lifecycle/locations/${gone.locationId}/delete`, {
      confirm: 'Locatie Weg',
      reason: 'controller_request',
    });
    expect(researcher.status).toBe(403);
  });

  it('a location deleted on request leaves no row behind, and an audit entry without personal data', async () => {
    const roundIds = [gone.baselineId, gone.followUpId];
    const ids = [gone.locationId, ...(await idsOfRounds(roundIds))];
    expect(Object.keys(await rowsMentioning(db.sql, ids)).length).toBeGreaterThan(15);

    const res = await remove(gone, `locations/${gone.locationId}`, ' Locatie Weg ');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(DeletionResultSchema.parse(await res.json())).toMatchObject({ withdrawn: 1, counts: { rounds: 2 } });

    // Searched in every table, every column: only the deletion's own audit entry names the location.
    expect(await rowsMentioning(db.sql, ids)).toEqual({ audit_log: 1 });
    expect(await rowsMentioning(db.sql, ['Locatie Weg'])).toEqual({});
    const [entry] = await db.sql<{ action: string; targetType: string; userId: string; details: object }[]>`
      select action, target_type as "targetType", user_id as "userId", details from audit_log
       where target_id = ${gone.locationId}`;
    expect(entry).toMatchObject({ action: 'data.delete', targetType: 'location', userId: gone.admin.id });
    expect(entry?.details).toEqual({
      organisation: 'Gemeente Weg',
      reason: 'controller_request',
      counts: { ikcs: 0, locations: 1, rounds: 2, responses: 26, visits: 4, publications: 2, plans: 1 },
      withdrawn: 1,
    });

    // The IKC report that pooled it is withdrawn; the other location and its report stay.
    const ikc = IkcReportViewSchema.parse(await (await gone.team.send('GET', `/api/ikc-reports/${gone.ikcId}`)).json());
    expect(ikc.state).toBe('unpublished');
    const [withdrawn] = await db.sql<{ reason: string; snapshot: object }[]>`
      select retract_reason as reason, snapshot from ikc_report_publications where ikc_id = ${gone.ikcId}`;
    expect(withdrawn?.reason).toContain('op verzoek verwijderd');
    expect(withdrawn?.snapshot).toEqual({ withdrawn: 'deleted-on-request' });
    const other = ReportViewSchema.parse(
      await (await gone.team.send('GET', `/api/reports/${gone.otherRoundId}`)).json(),
    );
    expect(other.state).toBe('published');
    // Its only scope is gone: the location's user sees nothing now.
    const mine = (await (await gone.locationUser.send('GET', '/api/locations')).json()) as { items: unknown[] };
    expect(mine.items).toEqual([]);
    expect((await gone.admin.send('GET', `/api/lifecycle/locations/${gone.locationId}/deletion`)).status).toBe(404);
  });
});

describe('deleting a round on request', () => {
  it('withdraws and empties the follow-up’s publication that compared with it; nothing names the round any more', async () => {
    const ids = await idsOfRounds([round.baselineId]);
    const preview = DeletionPreviewSchema.parse(
      await (await round.admin.send('GET', `/api/lifecycle/rounds/${round.baselineId}/deletion`)).json(),
    );
    expect(preview.confirmName).toBe('Locatie Ronde');
    expect(preview.withdraws).toEqual([
      'Rapport Vervolgmeting van Locatie Ronde, versie 1 (vergelijkt met een ronde die verdwijnt)',
    ]);

    const res = await remove(round, `rounds/${round.baselineId}`, 'Locatie Ronde', 'data_subject_request');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await rowsMentioning(db.sql, ids)).toEqual({ audit_log: 1 });

    const [followUp] = await db.sql<{ status: string; baseline: string | null }[]>`
      select status, baseline_round_id as baseline from rounds where id = ${round.followUpId}`;
    expect(followUp).toEqual({ status: 'closed', baseline: null });
    const team = ReportViewSchema.parse(
      await (await round.team.send('GET', `/api/reports/${round.followUpId}`)).json(),
    );
    expect(team.state).toBe('unpublished');
    // The researcher can publish it again, now without the comparison.
    const draft = ReportViewSchema.parse(
      await (await round.researcher.send('GET', `/api/reports/${round.followUpId}`)).json(),
    );
    expect(draft.state === 'draft' && draft.comparison).toBeNull();
    expect((await round.researcher.send('POST', `/api/reports/${round.followUpId}/publish`)).status).toBe(200);
  });
});

describe('deleting an organisation on request', () => {
  it('takes every IKC, location, round, publication and scope with it', async () => {
    const [rows] = await db.sql<{ rounds: string[]; locations: string[] }[]>`
      select array(select r.id::text from rounds r join locations l on l.id = r.location_id
                    where l.ikc_id = ${round.ikcId}) as rounds,
             array(select id::text from locations where ikc_id = ${round.ikcId}) as locations`;
    const ids = [
      round.organisationId,
      round.ikcId,
      ...(rows?.locations ?? []),
      ...(await idsOfRounds(rows?.rounds ?? [])),
    ];
    const res = await remove(round, `organisations/${round.organisationId}`, 'Gemeente Ronde', 'contract_ended');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(DeletionResultSchema.parse(await res.json()).counts).toMatchObject({ ikcs: 1, locations: 2, rounds: 2 });
    expect(await rowsMentioning(db.sql, ids)).toEqual({ audit_log: 1 });
    const scopes = await db.sql`select 1 from user_scopes where user_id = ${round.researcher.id}`;
    expect(scopes).toHaveLength(0);
    // The first world is untouched.
    const [kept] = await db.sql<{ n: number }[]>`select count(*)::int as n from rounds where id = ${gone.otherRoundId}`;
    expect(kept?.n).toBe(1);
  });
});
