import type { WorkItem, Worklist } from '@driehoek/shared';
import type { SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { visibleLocation } from '../../platform/scope';
import type { OpenQuestion } from '../open-answers/open-questions';

/** Open rounds closing within this many days are on the researcher's list. */
export const CLOSING_WITHIN_DAYS = 7;

/** Each list of the worklist names at most this many rounds; the page says when there are more to find. */
const LIST_LIMIT = 50;

type Candidate = Omit<WorkItem, 'pendingOpenAnswers'>;

/**
 * What needs doing in the rounds the user may see: open rounds closing soon, open answers nobody reviewed, and
 * closed rounds whose report is not published. `openQuestions` maps instrument `key@version` to its open questions
 * (as the open-answers review lists them), so the count here is the count on the review page.
 */
export async function worklist(
  sql: Sql,
  user: SessionUser,
  openQuestions: Map<string, OpenQuestion[]>,
): Promise<Worklist> {
  const candidates = await sql<Candidate[]>`
    select r.id, r.kind, r.name, r.status, r.opens_on as "opensOn", r.closes_on as "closesOn",
           loc.name as location, i.name as ikc
      from rounds r join locations loc on loc.id = r.location_id join ikcs i on i.id = loc.ikc_id
     where r.status in ('open', 'closed') and loc.archived_at is null and ${visibleLocation(sql, user)}
     order by r.closes_on, loc.name, r.id`;
  const openKeys = [...openQuestions].flatMap(([instrument, questions]) =>
    questions.map((q) => `${instrument}/${q.name}`),
  );
  const pending = new Map<string, number>();
  if (candidates.length > 0 && openKeys.length > 0) {
    const rows = await sql<{ roundId: string; n: number }[]>`
      select p.round_id as "roundId", count(*)::int as n
        from responses p cross join lateral jsonb_each(p.answers) a(question, value)
       where p.round_id in ${sql(candidates.map((c) => c.id))} and p.status = 'complete'
         and jsonb_typeof(a.value) = 'string' and btrim(a.value #>> '{}', E' \\t\\r\\n') <> ''
         and (p.instrument_key || '@' || p.instrument_version || '/' || a.question) in ${sql(openKeys)}
         and not exists (
           select 1 from open_answer_reviews v where v.response_id = p.id and v.question = a.question)
       group by p.round_id`;
    for (const r of rows) pending.set(r.roundId, r.n);
  }
  const items: WorkItem[] = candidates.map((c) => ({ ...c, pendingOpenAnswers: pending.get(c.id) ?? 0 }));
  const [soon] = await sql<{ closingBy: string }[]>`
    select (current_date + ${CLOSING_WITHIN_DAYS}::int)::text as "closingBy"`;
  const closingBy = soon?.closingBy ?? '';
  return {
    closingSoon: items.filter((i) => i.status === 'open' && i.closesOn <= closingBy).slice(0, LIST_LIMIT),
    closingWithinDays: CLOSING_WITHIN_DAYS,
    openAnswers: items.filter((i) => i.pendingOpenAnswers > 0).slice(0, LIST_LIMIT),
    toPublish: items.filter((i) => i.status === 'closed').slice(0, LIST_LIMIT),
  };
}
