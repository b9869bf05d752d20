import type { Audience, BulkBaselineInput, BulkPlan, BulkResult, RoundRef } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import { recordAudit } from '../../platform/audit';
import type { SessionUser } from '../../platform/context';
import type { RootSql, Sql } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { coversIkc, visibleLocation } from '../../platform/scope';
import { insertRound, setRoundDetails } from './queries';

export type InstrumentPins = Partial<Record<Audience, { key: string; version: number }>>;

/** Refuses a pin that is not a published questionnaire of its audience, naming the audience. */
export function assertPublishedPins(catalog: InstrumentCatalog, instruments: InstrumentPins): void {
  for (const [audience, pin] of Object.entries(instruments) as [Audience, { key: string; version: number }][]) {
    const instrument = catalog.get(pin.key, pin.version);
    if (!instrument || instrument.perspective !== audience) {
      throw new AppError(
        'validation',
        `instruments.${audience}: ${pin.key} versie ${pin.version} is geen gepubliceerde vragenlijst voor deze doelgroep`,
        `instruments.${audience}`,
      );
    }
  }
}

export type PlannedRound = {
  locationId: string;
  kind: 'baseline' | 'follow_up';
  name: string | null;
  opensOn: string;
  closesOn: string;
  singleUseCodes: boolean;
  instruments: InstrumentPins;
  /** The round a follow-up is compared with. */
  baselineRoundId?: string;
};

/** A new round in preparation with its links, name, code setting and (for a follow-up) its baseline. */
export async function insertPlannedRound(sql: Sql, r: PlannedRound): Promise<string> {
  const { roundId } = await insertRound(sql, { ...r, status: 'draft' });
  await setRoundDetails(sql, roundId, { name: r.name, singleUseCodes: r.singleUseCodes });
  if (r.baselineRoundId) await sql`update rounds set baseline_round_id = ${r.baselineRoundId} where id = ${roundId}`;
  return roundId;
}

type Scope = { ikcId?: string; organisationId?: string };

/** The IKC or organisation a bulk action covers, if the user may create rounds in all of it; else undefined. */
async function findScope(sql: Sql, user: SessionUser, scope: Scope): Promise<BulkPlan['scope'] | undefined> {
  if (scope.ikcId) {
    const [row] = await sql<{ id: string; name: string }[]>`
      select i.id, i.name from ikcs i where i.id = ${scope.ikcId} and ${coversIkc(sql, user)}`;
    return row && { type: 'ikc', ...row };
  }
  const writable =
    user.role === 'admin'
      ? sql`true`
      : sql`exists (select 1 from user_scopes s where s.user_id = ${user.id} and s.organisation_id = o.id)`;
  const [row] = await sql<{ id: string; name: string }[]>`
    select o.id, o.name from organisations o where o.id = ${scope.organisationId ?? null} and ${writable}`;
  return row && { type: 'organisation', ...row };
}

/** The IKC's or organisation's locations in use (not archived, nor in an archived IKC), with any running round. */
async function scopeLocations(sql: Sql, user: SessionUser, scope: BulkPlan['scope'], forUpdate = false) {
  const rows = await sql<
    Array<{ id: string; name: string; ikc: string; hasSchool: boolean; running: RoundRef | null }>
  >`
    select loc.id, loc.name, i.name as ikc, loc.has_school as "hasSchool",
           (select json_build_object('id', r.id, 'kind', r.kind, 'name', r.name, 'status', r.status,
                                     'opensOn', r.opens_on, 'closesOn', r.closes_on)
              from rounds r where r.location_id = loc.id and r.status in ('draft', 'open')
             order by r.opens_on desc, r.id limit 1) as running
      from locations loc join ikcs i on i.id = loc.ikc_id
     where loc.archived_at is null and i.archived_at is null and ${visibleLocation(sql, user)}
       and ${scope.type === 'ikc' ? sql`i.id = ${scope.id}` : sql`i.organisation_id = ${scope.id}`}
     order by i.name, loc.name, loc.id
     ${forUpdate ? sql`for update of loc` : sql``}`;
  return rows;
}

/** What a bulk baseline for the IKC or organisation would do, location by location; 404 outside the scope. */
export async function planBulk(sql: Sql, user: SessionUser, scope: Scope): Promise<BulkPlan | undefined> {
  const found = await findScope(sql, user, scope);
  if (!found) return undefined;
  return { scope: found, locations: await scopeLocations(sql, user, found) };
}

/**
 * A baseline round in preparation for every location of the IKC or organisation, with the same dates, versions
 * and code setting, in one transaction. A location that already has a round in preparation or open is skipped (so
 * a second click adds nothing), as is one without a school when only the children's questionnaire was chosen; the
 * children's questionnaire goes only to locations with a school.
 */
export async function createBulkBaselines(
  sql: RootSql,
  catalog: InstrumentCatalog,
  user: SessionUser,
  input: BulkBaselineInput,
): Promise<BulkResult> {
  assertPublishedPins(catalog, input.instruments);
  const scope = await findScope(sql, user, input);
  if (!scope) {
    const field = input.ikcId ? 'ikcId' : 'organisationId';
    throw new AppError('validation', `${field}: bestaat niet of valt buiten uw toegang`, field);
  }
  return sql.begin(async (tx) => {
    // Locked, so two clicks at once cannot both find a location without a round.
    const locations = await scopeLocations(tx, user, scope, true);
    const result: BulkResult = { created: [], skipped: [] };
    for (const loc of locations) {
      const where = { locationId: loc.id, location: loc.name, ikc: loc.ikc };
      if (loc.running) {
        result.skipped.push({ ...where, reason: 'heeft al een ronde in voorbereiding of open' });
        continue;
      }
      const instruments: InstrumentPins = { ...input.instruments };
      if (!loc.hasSchool) delete instruments.children;
      if (Object.keys(instruments).length === 0) {
        result.skipped.push({ ...where, reason: 'geen school: de vragenlijst voor kinderen past hier niet' });
        continue;
      }
      const roundId = await insertPlannedRound(tx, {
        locationId: loc.id,
        kind: 'baseline',
        name: input.name,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        singleUseCodes: input.singleUseCodes,
        instruments,
      });
      await recordAudit(
        tx,
        user,
        'round.create',
        { type: 'round', id: roundId },
        { instruments, bulk: { type: scope.type, id: scope.id } },
      );
      result.created.push({ roundId, ...where });
    }
    return result;
  });
}
