import type { Agreements, CriterionId } from '@driehoek/shared';
import type { Sql } from '../../platform/db';

/** What the team agreed in the feedback meeting of a round; undefined before the researcher recorded it. */
export async function findAgreements(sql: Sql, roundId: string): Promise<Agreements | undefined> {
  const [row] = await sql<Agreements[]>`
    select a.met_on as "metOn", a.priorities, a.note, p.version as "publicationVersion", u.name as "recordedBy",
           to_char(a.recorded_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI') as "recordedAt"
      from meeting_agreements a
      left join report_publications p on p.id = a.publication_id
      left join users u on u.id = a.recorded_by
     where a.round_id = ${roundId}`;
  return row;
}

export type AgreementsRow = {
  roundId: string;
  metOn: string;
  priorities: CriterionId[];
  note: string;
  publicationId: string;
  userId: string;
};

/** Records the agreements, replacing earlier ones: the researcher corrects them rather than keeping two versions. */
export async function saveAgreements(sql: Sql, a: AgreementsRow): Promise<void> {
  await sql`
    insert into meeting_agreements (round_id, met_on, priorities, note, publication_id, recorded_by)
    values (${a.roundId}, ${a.metOn}, ${a.priorities}, ${a.note}, ${a.publicationId}, ${a.userId})
    on conflict (round_id) do update
       set met_on = excluded.met_on, priorities = excluded.priorities, note = excluded.note,
           publication_id = excluded.publication_id, recorded_by = excluded.recorded_by, recorded_at = now()`;
}

/** The agreed priorities of a round in their order, for the plan of action; empty without agreements. */
export async function agreedPriorities(sql: Sql, roundId: string): Promise<CriterionId[]> {
  const [row] = await sql<{ priorities: CriterionId[] }[]>`
    select priorities from meeting_agreements where round_id = ${roundId}`;
  return row?.priorities ?? [];
}
