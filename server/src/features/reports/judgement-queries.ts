import {
  type CriterionId,
  type CriterionJudgement,
  type Quote,
  type ReportJudgement,
  type ReportSummary,
  TOUCHPOINT_NL,
} from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';
import type { Sql } from '../../platform/db';
import { itemTexts } from './render/item-texts';

const localTime = (sql: Sql, column: string) =>
  sql`to_char(${sql.unsafe(column)} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI')`;

/** The researcher's judgement of a round as it stands: summary, criteria and quotes (with their text as recorded). */
export async function loadJudgement(sql: Sql, roundId: string, catalog: InstrumentCatalog): Promise<ReportJudgement> {
  const [summary] = await sql<ReportSummary[]>`
    select strengths, improvements, advice from report_judgements where round_id = ${roundId}`;
  const criteria = await sql<CriterionJudgement[]>`
    select j.criterion, j.interpretation, j.adjusted_level as "adjustedLevel", j.reason, u.name as by,
           ${localTime(sql, 'j.updated_at')} as at
      from criterion_judgements j left join users u on u.id = j.updated_by
     where j.round_id = ${roundId}
     order by substring(j.criterion from 2)::int`;
  const quoted = await sql<
    {
      visitId: string;
      question: string;
      key: string;
      version: number;
      visitedOn: string;
      answers: Record<string, unknown>;
    }[]
  >`
    select q.visit_id as "visitId", q.question, v.instrument_key as key, v.instrument_version as version,
           v.visited_on as "visitedOn", v.answers
      from report_quotes q join visits v on v.id = q.visit_id
     where q.round_id = ${roundId}
     order by v.visited_on, v.instrument_key, q.question`;
  const quotes: Quote[] = [];
  for (const q of quoted) {
    const file = catalog.get(q.key, q.version);
    const text = file ? itemTexts([file]).byInstrument(q.key, q.question) : undefined;
    const value = q.answers[q.question];
    if (value === undefined || value === null || value === '') continue;
    quotes.push({
      visitId: q.visitId,
      question: q.question,
      touchpoint: TOUCHPOINT_NL[q.key] ?? q.key,
      visitedOn: q.visitedOn,
      title: text?.title ?? q.question,
      text: typeof value === 'string' ? (text?.options.get(value) ?? value) : String(value),
    });
  }
  return { summary: summary ?? { strengths: '', improvements: '', advice: '' }, criteria, quotes };
}

export async function saveSummary(sql: Sql, roundId: string, summary: ReportSummary, userId: string): Promise<void> {
  await sql`
    insert into report_judgements (round_id, strengths, improvements, advice, updated_by, updated_at)
    values (${roundId}, ${summary.strengths}, ${summary.improvements}, ${summary.advice}, ${userId}, now())
    on conflict (round_id) do update
       set strengths = excluded.strengths, improvements = excluded.improvements, advice = excluded.advice,
           updated_by = excluded.updated_by, updated_at = now()`;
}

export async function saveCriterionJudgement(
  sql: Sql,
  roundId: string,
  criterion: CriterionId,
  judgement: { interpretation: string; adjustedLevel: number | null; reason: string | null },
  userId: string,
): Promise<void> {
  await sql`
    insert into criterion_judgements (round_id, criterion, interpretation, adjusted_level, reason, updated_by, updated_at)
    values (${roundId}, ${criterion}, ${judgement.interpretation}, ${judgement.adjustedLevel},
            ${judgement.adjustedLevel === null ? null : judgement.reason}, ${userId}, now())
    on conflict (round_id, criterion) do update
       set interpretation = excluded.interpretation, adjusted_level = excluded.adjusted_level,
           reason = excluded.reason, updated_by = excluded.updated_by, updated_at = now()`;
}

/** Replaces the quotes; only visits of this round and questions they answered count (others are left out). */
export async function replaceQuotes(
  sql: Sql,
  roundId: string,
  quotes: ReadonlyArray<{ visitId: string; question: string }>,
): Promise<void> {
  await sql`delete from report_quotes where round_id = ${roundId}`;
  for (const q of quotes) {
    await sql`
      insert into report_quotes (round_id, visit_id, question)
      select ${roundId}, v.id, ${q.question} from visits v
       where v.id = ${q.visitId} and v.round_id = ${roundId} and v.answers ? ${q.question}
      on conflict do nothing`;
  }
}

/** Open answers of the round's complete responses that still wait for the researcher's decision. */
export async function countPendingOpenAnswers(sql: Sql, roundId: string, openQuestions: ReadonlyArray<string>) {
  if (openQuestions.length === 0) return 0;
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n
      from responses p cross join lateral unnest(${openQuestions}::text[]) as q(question)
     where p.round_id = ${roundId} and p.status = 'complete'
       and coalesce(btrim(p.answers ->> q.question), '') <> ''
       and not exists (select 1 from open_answer_reviews v where v.response_id = p.id and v.question = q.question)
       -- An excluded response's open answers are shown nowhere: nothing to review.
       and not exists (select 1 from response_exclusions x where x.response_id = p.id)`;
  return row?.n ?? 0;
}
