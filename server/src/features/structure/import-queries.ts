import type { ExistingLocation, ExistingStructure, ImportWrites } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { insertLocation } from './location-queries';
import { insertIkc } from './organisation-queries';

/**
 * Organisations whose IKCs and locations the user may change (alias `o`): admins all, researchers those their
 * scope names. An import creates IKCs, so a scope on one IKC or location is not enough.
 */
function writableOrganisation(sql: Sql, user: SessionUser) {
  if (user.role === 'admin') return sql`true`;
  return sql`exists (select 1 from user_scopes s where s.user_id = ${user.id} and s.organisation_id = o.id)`;
}

/** What an import is matched against: the writable organisations with their IKCs and locations, archived too. */
export async function loadImportStructure(sql: Sql, user: SessionUser): Promise<ExistingStructure> {
  const organisations = await sql<ExistingStructure['organisations'][number][]>`
    select o.id, o.name, o.archived_at is not null as archived
      from organisations o where ${writableOrganisation(sql, user)} order by o.name`;
  if (organisations.length === 0) return { organisations, ikcs: [], locations: [] };
  const ids = organisations.map((o) => o.id);
  const ikcs = await sql<ExistingStructure['ikcs'][number][]>`
    select i.id, i.organisation_id as "organisationId", i.name, i.archived_at is not null as archived
      from ikcs i where i.organisation_id in ${sql(ids)} order by i.created_at, i.id`;
  const locations = await sql<ExistingLocation[]>`
    select loc.id, loc.ikc_id as "ikcId", loc.name, loc.archived_at is not null as archived, loc.address,
           loc.has_school as "hasSchool", loc.has_childcare as "hasChildcare", loc.families,
           loc.pupils_8_12 as "pupils812", loc.professionals
      from locations loc join ikcs i on i.id = loc.ikc_id
     where i.organisation_id in ${sql(ids)} order by loc.created_at, loc.id`;
  return { organisations, ikcs, locations };
}

/** An advisory lock's key for imports: a fixed number, so every process takes the same lock. */
const IMPORT_LOCK = 0x44524801;

/**
 * Makes imports take turns until the transaction ends: a second import of the same file waits for the first, then
 * sees its IKCs and locations and updates them instead of creating them again. Imports are rare; one lock is enough.
 */
export async function lockImports(sql: Sql): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`;
}

/** Writes a checked import plan: new IKCs, then new locations, then updates. */
export async function writeImport(sql: Sql, writes: ImportWrites): Promise<void> {
  const newIkcIds = new Map<string, string>();
  for (const ikc of writes.newIkcs) {
    newIkcIds.set(ikc.key, await insertIkc(sql, { organisationId: ikc.organisationId, name: ikc.name }));
  }
  for (const l of writes.newLocations) {
    const ikcId = 'id' in l.ikc ? l.ikc.id : newIkcIds.get(l.ikc.newKey);
    if (!ikcId) throw new Error(`import: no IKC for ${l.name}`);
    await insertLocation(sql, { ...l, ikcId });
  }
  for (const u of writes.updates) {
    await sql`
      update locations set address = ${u.address}, has_school = ${u.hasSchool}, has_childcare = ${u.hasChildcare},
             families = ${u.families}, pupils_8_12 = ${u.pupils812}, professionals = ${u.professionals}
       where id = ${u.id}`;
  }
}
