import {
  type DeletionCounts,
  type DeletionInput,
  type DeletionKind,
  type DeletionPreview,
  type DeletionResult,
  roundTitle,
} from '@driehoek/shared';
import { recordAudit } from '../../platform/audit';
import type { AppDeps, SessionUser } from '../../platform/context';
import { asJson, type Sql } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { publicationChanged } from '../../platform/hooks';
import { locationInScope, notInScope, roundInScope, visibleOrganisation } from '../../platform/scope';

/** What a withdrawn publication's snapshot becomes: nothing of what was deleted, and why (decision 0015). */
const TOMBSTONE = { withdrawn: 'deleted-on-request' } as const;
const WITHDRAW_REASON = 'Ingetrokken: gegevens die deze publicatie toonde, zijn op verzoek verwijderd.';

/** The thing to delete, with everything under it (ids), what to type to confirm it and what to call it. */
type Target = {
  kind: DeletionKind;
  id: string;
  confirmName: string;
  title: string;
  organisation: string;
  organisationIds: string[];
  ikcIds: string[];
  locationIds: string[];
  roundIds: string[];
};

async function organisationTarget(sql: Sql, user: SessionUser, id: string): Promise<Target> {
  const [org] = await sql<{ id: string; name: string }[]>`
    select o.id, o.name from organisations o where o.id = ${id} and ${visibleOrganisation(sql, user)}`;
  if (!org) throw notInScope('Organisatie');
  const ikcIds = (await sql<{ id: string }[]>`select id from ikcs where organisation_id = ${org.id}`).map((r) => r.id);
  const locationIds = (await sql<{ id: string }[]>`select id from locations where ikc_id = any(${ikcIds}::uuid[])`).map(
    (r) => r.id,
  );
  return {
    kind: 'organisation',
    id: org.id,
    confirmName: org.name,
    title: `alle gegevens van ${org.name}`,
    organisation: org.name,
    organisationIds: [org.id],
    ikcIds,
    locationIds,
    roundIds: await roundsAt(sql, locationIds),
  };
}

async function locationTarget(sql: Sql, user: SessionUser, id: string): Promise<Target> {
  const loc = await locationInScope(sql, user, id);
  const [names] = await sql<{ location: string; organisation: string }[]>`
    select loc.name as location, o.name as organisation
      from locations loc join ikcs i on i.id = loc.ikc_id join organisations o on o.id = i.organisation_id
     where loc.id = ${loc.id}`;
  if (!names) throw notInScope('Locatie');
  return {
    kind: 'location',
    id: loc.id,
    confirmName: names.location,
    title: `alle gegevens van ${names.location}`,
    organisation: names.organisation,
    organisationIds: [],
    ikcIds: [],
    locationIds: [loc.id],
    roundIds: await roundsAt(sql, [loc.id]),
  };
}

async function roundTarget(sql: Sql, user: SessionUser, id: string): Promise<Target> {
  const round = await roundInScope(sql, user, id);
  const [names] = await sql<
    { location: string; organisation: string; name: string | null; kind: 'baseline' | 'follow_up' }[]
  >`
    select loc.name as location, o.name as organisation, r.name, r.kind
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
      join organisations o on o.id = i.organisation_id
     where r.id = ${round.id}`;
  if (!names) throw notInScope('Ronde');
  return {
    kind: 'round',
    id: round.id,
    // Rounds have names like "Nulmeting": the location's name is what a slip of the hand would not type.
    confirmName: names.location,
    title: `de ronde ${roundTitle(names)} (${round.opensOn} tot en met ${round.closesOn}) van ${names.location}`,
    organisation: names.organisation,
    organisationIds: [],
    ikcIds: [],
    locationIds: [],
    roundIds: [round.id],
  };
}

async function roundsAt(sql: Sql, locationIds: string[]): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`select id from rounds where location_id = any(${locationIds}::uuid[])`;
  return rows.map((r) => r.id);
}

const targetOf = (sql: Sql, user: SessionUser, kind: DeletionKind, id: string): Promise<Target> =>
  kind === 'organisation'
    ? organisationTarget(sql, user, id)
    : kind === 'location'
      ? locationTarget(sql, user, id)
      : roundTarget(sql, user, id);

/** `%id%` for every id: what a text search of a jsonb column for any of them uses. */
const patternsOf = (ids: readonly string[]) => ids.map((id) => `%${id}%`);

/**
 * Publications that are kept but show data of what goes: a round's report whose comparison is with a deleted round
 * (its snapshot holds that round's figures), and an IKC report that pooled a deleted location or round.
 */
async function publicationsShowing(sql: Sql, t: Target) {
  const reports = await sql<{ id: string; roundId: string; locationId: string; text: string }[]>`
    select p.id, r.id as "roundId", r.location_id as "locationId",
           'Rapport ' || coalesce(r.name, case r.kind when 'baseline' then 'Nulmeting' else 'Vervolgmeting' end)
             || ' van ' || loc.name || ', versie ' || p.version || ' (vergelijkt met een ronde die verdwijnt)' as text
      from report_publications p join rounds r on r.id = p.round_id join locations loc on loc.id = r.location_id
     where p.round_id <> all(${t.roundIds}::uuid[])
       and p.snapshot -> 'comparison' -> 'baseline' ->> 'id' = any(${t.roundIds}::text[])
     order by loc.name, p.version`;
  const ikcReports = await sql<{ id: string; text: string }[]>`
    select p.id, 'IKC-rapport van ' || i.name || ', versie ' || p.version as text
      from ikc_report_publications p join ikcs i on i.id = p.ikc_id
     -- Every IKC's, not only the location's own: a location moved to another IKC was pooled there before.
     where p.ikc_id <> all(${t.ikcIds}::uuid[])
       and p.snapshot::text like any(${patternsOf([...t.locationIds, ...t.roundIds])}::text[])
     order by i.name, p.version`;
  return { reports, ikcReports };
}

async function countsOf(sql: Sql, t: Target): Promise<DeletionCounts> {
  const [row] = await sql<Omit<DeletionCounts, 'ikcs' | 'locations' | 'rounds'>[]>`
    select (select count(*) from responses where round_id = any(${t.roundIds}::uuid[]))::int as responses,
           (select count(*) from visits where round_id = any(${t.roundIds}::uuid[]))::int as visits,
           ((select count(*) from report_publications where round_id = any(${t.roundIds}::uuid[]))
             + (select count(*) from ikc_report_publications where ikc_id = any(${t.ikcIds}::uuid[])))::int
             as publications,
           (select count(*) from plans
             where round_id = any(${t.roundIds}::uuid[]) or location_id = any(${t.locationIds}::uuid[]))::int as plans`;
  return {
    ikcs: t.ikcIds.length,
    locations: t.locationIds.length,
    rounds: t.roundIds.length,
    responses: row?.responses ?? 0,
    visits: row?.visits ?? 0,
    publications: row?.publications ?? 0,
    plans: row?.plans ?? 0,
  };
}

/** What deleting would take away and which kept publications it would withdraw; nothing is changed. */
export async function deletionPreview(
  deps: AppDeps,
  user: SessionUser,
  kind: DeletionKind,
  id: string,
): Promise<DeletionPreview> {
  const t = await targetOf(deps.sql, user, kind, id);
  const shown = await publicationsShowing(deps.sql, t);
  return {
    kind,
    id: t.id,
    confirmName: t.confirmName,
    title: t.title,
    counts: await countsOf(deps.sql, t),
    withdraws: [...shown.reports.map((r) => r.text), ...shown.ikcReports.map((r) => r.text)],
  };
}

/**
 * Deletes a round's, a location's or an organisation's data on request, in one transaction, leaving no row that
 * names it (decision 0015): responses and everything hanging from them, visits, codes, links, publications and the
 * responses they recorded, plans, meeting agreements, summary links, overview rows, IKC reports of a deleted IKC,
 * scopes of users, and the details of earlier audit entries about it. Publications that are kept but show its data
 * (a follow-up's comparison, an IKC report) are withdrawn and emptied. The audit entry of the deletion holds the
 * kind, the id, the controller's name, the fixed reason and counts: no name of a location, person or answer.
 * Backups are out of scope: they age out (decision 0008).
 */
export async function deleteOnRequest(
  deps: AppDeps,
  user: SessionUser,
  kind: DeletionKind,
  id: string,
  input: DeletionInput,
): Promise<DeletionResult> {
  const first = await targetOf(deps.sql, user, kind, id);
  if (input.confirm.trim() !== first.confirmName.trim()) {
    throw new AppError('validation', `confirm: typ precies "${first.confirmName}" om te bevestigen`, 'confirm');
  }
  const outcome = await deps.sql.begin(async (tx) => {
    await lockTarget(tx, first);
    // Again inside the transaction, after the lock: a round made in between goes too.
    const t = await targetOf(tx, user, kind, id);
    const counts = await countsOf(tx, t);
    const shown = await publicationsShowing(tx, t);
    const ids = await idsNamingIt(tx, t);

    const withdrawn = await withdraw(tx, user, shown);
    await tx`update rounds set baseline_round_id = null
              where baseline_round_id = any(${t.roundIds}::uuid[]) and id <> all(${t.roundIds}::uuid[])`;
    await tx`delete from ikc_report_split_responses
              where location_id = any(${t.locationIds}::uuid[])
                 or response_id in (select id from responses where round_id = any(${t.roundIds}::uuid[]))`;
    await tx`delete from plans where round_id = any(${t.roundIds}::uuid[]) or location_id = any(${t.locationIds}::uuid[])`;
    await tx`delete from responses where round_id = any(${t.roundIds}::uuid[])`;
    await tx`delete from visits where round_id = any(${t.roundIds}::uuid[])`;
    await tx`delete from failed_attempts where key = any(${ids.links.map((l) => `codes:${l}`)}::text[])`;
    await tx`delete from links where round_id = any(${t.roundIds}::uuid[])`;
    const roundLocations = await tx<{ locationId: string }[]>`
      delete from rounds where id = any(${t.roundIds}::uuid[]) returning location_id as "locationId"`;
    // The overview row of a location that keeps existing is written again from what is published (hook below).
    await tx`delete from location_scores where location_id = any(${roundLocations.map((r) => r.locationId)}::uuid[])`;
    await tx`delete from user_scopes
              where location_id = any(${t.locationIds}::uuid[]) or ikc_id = any(${t.ikcIds}::uuid[])
                 or organisation_id = any(${t.organisationIds}::uuid[])`;
    await tx`delete from locations where id = any(${t.locationIds}::uuid[])`;
    await tx`delete from ikcs where id = any(${t.ikcIds}::uuid[])`;
    await tx`delete from organisations where id = any(${t.organisationIds}::uuid[])`;
    // Who did what and when stays; which object and its details (names, reasons, ids) go with the object.
    await tx`update audit_log set target_id = null, details = '{}'::jsonb
              where target_id = any(${ids.all}::text[]) or details::text like any(${patternsOf(ids.all)}::text[])`;
    await recordAudit(
      tx,
      user,
      'data.delete',
      { type: kind, id: t.id },
      { organisation: t.organisation, reason: input.reason, counts, withdrawn: withdrawn.count },
    );
    return {
      result: { kind, id: t.id, counts, withdrawn: withdrawn.count },
      roundLocations: [...new Set(roundLocations.map((r) => r.locationId))].filter((l) => !t.locationIds.includes(l)),
      withdrawnRounds: withdrawn.rounds,
    };
  });
  // A deleted link may sit in this process's cache for a second; the overview and summaries follow what is left.
  deps.linkCache?.clear();
  for (const locationId of outcome.roundLocations)
    await publicationChanged(deps, { roundId: id, locationId, kind: 'retracted' });
  for (const r of outcome.withdrawnRounds)
    await publicationChanged(deps, { roundId: r.roundId, locationId: r.locationId, kind: 'retracted' });
  return outcome.result;
}

/** Locks the row deleted, so a second deletion or an edit waits for this one (and then finds nothing). */
async function lockTarget(tx: Sql, t: Target) {
  const table = t.kind === 'organisation' ? tx`organisations` : t.kind === 'location' ? tx`locations` : tx`rounds`;
  const [row] = await tx`select id from ${table} where id = ${t.id} for update`;
  if (!row) throw new AppError('not_found', 'Dit bestaat niet (meer).');
}

/** Every id that rows elsewhere could name it by: the things themselves and what hangs from them. */
async function idsNamingIt(tx: Sql, t: Target) {
  const [row] = await tx<{ visits: string[]; plans: string[]; links: string[]; publications: string[] }[]>`
    select array(select id::text from visits where round_id = any(${t.roundIds}::uuid[])) as visits,
           array(select id::text from plans
                  where round_id = any(${t.roundIds}::uuid[]) or location_id = any(${t.locationIds}::uuid[])) as plans,
           array(select id from links where round_id = any(${t.roundIds}::uuid[])) as links,
           array(select id::text from report_publications where round_id = any(${t.roundIds}::uuid[])
                 union all
                 select id::text from ikc_report_publications where ikc_id = any(${t.ikcIds}::uuid[])) as publications`;
  const links = row?.links ?? [];
  const all = [
    ...t.organisationIds,
    ...t.ikcIds,
    ...t.locationIds,
    ...t.roundIds,
    ...(row?.visits ?? []),
    ...(row?.plans ?? []),
    ...links,
    ...(row?.publications ?? []),
  ];
  return { links, all };
}

/**
 * Withdraws (if still in force) and empties the kept publications that show data of what goes. Version numbers stay,
 * so a later publication never reuses one a reader may hold; a round left without a publication in force goes back
 * to closed, as after a retraction.
 */
async function withdraw(tx: Sql, user: SessionUser, shown: Awaited<ReturnType<typeof publicationsShowing>>) {
  const reportIds = shown.reports.map((r) => r.id);
  const ikcIds = shown.ikcReports.map((r) => r.id);
  await tx`update report_publications
              set snapshot = ${asJson(tx, TOMBSTONE)},
                  retracted_at = coalesce(retracted_at, now()), retracted_by = coalesce(retracted_by, ${user.id}),
                  retract_reason = coalesce(retract_reason, ${WITHDRAW_REASON})
            where id = any(${reportIds}::uuid[])`;
  await tx`update ikc_report_publications
              set snapshot = ${asJson(tx, TOMBSTONE)},
                  retracted_at = coalesce(retracted_at, now()), retracted_by = coalesce(retracted_by, ${user.id}),
                  retract_reason = coalesce(retract_reason, ${WITHDRAW_REASON})
            where id = any(${ikcIds}::uuid[])`;
  const rounds = [...new Map(shown.reports.map((r) => [r.roundId, r])).values()];
  await tx`update rounds r set status = 'closed'
            where r.id = any(${rounds.map((r) => r.roundId)}::uuid[]) and r.status = 'reported'
              and not exists (select 1 from report_publications p where p.round_id = r.id and p.retracted_at is null)`;
  return { count: reportIds.length + ikcIds.length, rounds };
}
