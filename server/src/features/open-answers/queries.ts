import type { OpenAnswer } from '@driehoek/shared';
import type { Sql } from '../../platform/db';
import type { OpenQuestion } from './open-questions';

/**
 * Every non-empty answer to an open question in a round's complete responses, with the researcher's decision.
 * `openQuestions` maps instrument `key@version` to its open questions.
 */
export async function listOpenAnswers(
  sql: Sql,
  roundId: string,
  openQuestions: Map<string, OpenQuestion[]>,
): Promise<OpenAnswer[]> {
  const responses = await sql<
    { id: string; audience: string; key: string; version: number; answers: Record<string, unknown> }[]
  >`
    select id, audience, instrument_key as key, instrument_version as version, answers
      from responses where round_id = ${roundId} and status = 'complete'`;
  const reviews = await sql<
    { responseId: string; question: string; decision: 'shareable' | 'hidden'; redacted: string | null }[]
  >`
    select r.response_id as "responseId", r.question, r.decision, r.redacted
      from open_answer_reviews r join responses p on p.id = r.response_id where p.round_id = ${roundId}`;
  const byKey = new Map(reviews.map((r) => [`${r.responseId}/${r.question}`, r]));
  const out: OpenAnswer[] = [];
  for (const r of responses) {
    for (const { name: question, title } of openQuestions.get(`${r.key}@${r.version}`) ?? []) {
      const text = r.answers[question];
      if (typeof text !== 'string' || text.trim() === '') continue;
      const review = byKey.get(`${r.id}/${question}`);
      out.push({
        responseId: r.id,
        audience: r.audience,
        question,
        title,
        text,
        decision: review?.decision ?? 'pending',
        redacted: review?.redacted ?? null,
      });
    }
  }
  // A stable order that does not follow submission order (which could hint at who wrote what).
  return out.sort((a, b) => a.question.localeCompare(b.question) || a.responseId.localeCompare(b.responseId));
}

export async function saveReview(
  sql: Sql,
  review: { responseId: string; question: string; decision: 'shareable' | 'hidden'; redacted: string | null },
): Promise<void> {
  await sql`
    insert into open_answer_reviews (response_id, question, decision, redacted)
    values (${review.responseId}, ${review.question}, ${review.decision}, ${review.redacted})
    on conflict (response_id, question) do update set decision = excluded.decision, redacted = excluded.redacted`;
}
