import type { Locale, PrivacyStatementInput } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleOrganisation } from '../../platform/scope';

/** An organisation with its public privacy id and retention period, and what it wrote (null before the first save). */
export type PrivacyRow = {
  organisationId: string;
  organisation: string;
  privacyId: string;
  retentionDays: number | null;
  /** Whether the user's scope covers the whole organisation (admins always): needed to change the statement. */
  covers: boolean;
  statement: (PrivacyStatementInput & { updatedOn: string; updatedBy: string | null }) | null;
};

type Raw = Omit<PrivacyRow, 'statement'> & {
  controller: string | null;
  contact: string | null;
  privacyOfficer: string | null;
  ownText: string | null;
  textLocale: Locale | null;
  updatedOn: string | null;
  updatedBy: string | null;
};

const toRow = ({ controller, contact, privacyOfficer, ownText, textLocale, updatedOn, updatedBy, ...org }: Raw) => ({
  ...org,
  statement:
    updatedOn === null
      ? null
      : {
          controller: controller ?? '',
          contact: contact ?? '',
          privacyOfficer: privacyOfficer ?? '',
          ownText: ownText ?? '',
          textLocale: textLocale ?? 'nl',
          updatedOn,
          updatedBy,
        },
});

const select = (sql: Sql, covers: ReturnType<typeof visibleOrganisation>) => sql`
  select o.id as "organisationId", o.name as organisation, o.privacy_id as "privacyId",
         o.retention_days as "retentionDays", ${covers} as covers,
         p.controller, p.contact, p.privacy_officer as "privacyOfficer", p.own_text as "ownText",
         p.text_locale as "textLocale", p.updated_on::text as "updatedOn", u.name as "updatedBy"
    from organisations o
    left join privacy_statements p on p.organisation_id = o.id
    left join users u on u.id = p.updated_by`;

/** The statement of an organisation the user may see; undefined when it is unknown or outside the scope. */
export async function findPrivacyForStaff(sql: Sql, user: SessionUser, organisationId: string) {
  const covers =
    user.role === 'admin'
      ? sql`true`
      : sql`exists (select 1 from user_scopes s where s.user_id = ${user.id} and s.organisation_id = o.id)`;
  const [row] = await sql<Raw[]>`${select(sql, covers)}
    where o.id = ${organisationId} and ${visibleOrganisation(sql, user)}`;
  return row ? toRow(row) : undefined;
}

/** The statement behind a public id, for anyone: archived organisations keep theirs (printed letters still link it). */
export async function findPrivacyByPublicId(sql: Sql, privacyId: string): Promise<PrivacyRow | undefined> {
  const [row] = await sql<Raw[]>`${select(sql, sql`false`)} where o.privacy_id = ${privacyId}`;
  return row ? toRow(row) : undefined;
}

/** Writes what the organisation wrote, dated today (a day, like everything else that is dated here). */
export async function savePrivacyStatement(
  sql: Sql,
  organisationId: string,
  input: PrivacyStatementInput,
  userId: string,
  today: string,
): Promise<void> {
  await sql`
    insert into privacy_statements (organisation_id, controller, contact, privacy_officer, own_text, text_locale,
                                    updated_on, updated_by)
    values (${organisationId}, ${input.controller}, ${input.contact}, ${input.privacyOfficer}, ${input.ownText},
            ${input.textLocale}, ${today}, ${userId})
    on conflict (organisation_id) do update
       set controller = excluded.controller, contact = excluded.contact, privacy_officer = excluded.privacy_officer,
           own_text = excluded.own_text, text_locale = excluded.text_locale, updated_on = excluded.updated_on,
           updated_by = excluded.updated_by`;
}
