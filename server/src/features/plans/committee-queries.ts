import type { DecisionBrief, DecisionOutcome, PlanComment, PlanDecision, Role } from '@driehoek/shared';
import type { Sql } from '../../platform/db';

const localTime = (sql: Sql, column: string) =>
  sql`to_char(${sql.unsafe(column)} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI:SS')`;

/** Every decision on the plan, newest first: the one in force first, then the ones it replaced in turn. */
export async function listDecisions(sql: Sql, planId: string): Promise<PlanDecision[]> {
  const rows = await sql<PlanDecision[]>`
    select d.id, d.subject, d.outcome, d.amount_cents as "amountCents", d.reason,
           to_char(d.decided_on, 'YYYY-MM-DD') as "decidedOn", u.name as by,
           ${localTime(sql, 'd.recorded_at')} as "recordedAt", d.replaces, next.id as "supersededBy"
      from plan_decisions d
      left join plan_decisions next on next.replaces = d.id
      left join users u on u.id = d.decided_by
     where d.plan_id = ${planId}
     order by d.recorded_at desc, d.id`;
  return inChainOrder(rows);
}

/** Follows `replaces` back from the decision in force: the order holds even when two were recorded in one instant. */
function inChainOrder(rows: PlanDecision[]): PlanDecision[] {
  const byId = new Map(rows.map((d) => [d.id, d]));
  const ordered: PlanDecision[] = [];
  for (let d = rows.find((r) => r.supersededBy === null); d; d = d.replaces ? byId.get(d.replaces) : undefined)
    ordered.push(d);
  return ordered.length === rows.length ? ordered : rows;
}

/**
 * Locks the plan for a committee write and answers the decision in force (or null). The lock makes two members
 * deciding at once take turns, so the second one sees the first one's decision and is refused as stale.
 */
export async function lockCurrentDecision(tx: Sql, planId: string): Promise<{ id: string; decidedOn: string } | null> {
  await tx`select id from plans where id = ${planId} for update`;
  const [row] = await tx<{ id: string; decidedOn: string }[]>`
    select d.id, to_char(d.decided_on, 'YYYY-MM-DD') as "decidedOn"
      from plan_decisions d
     where d.plan_id = ${planId} and not exists (select 1 from plan_decisions n where n.replaces = d.id)`;
  return row ?? null;
}

export async function insertDecision(
  tx: Sql,
  d: {
    planId: string;
    subject: string;
    outcome: DecisionOutcome;
    amountCents: number | null;
    reason: string;
    decidedOn: string;
    userId: string;
    replaces: string | null;
  },
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into plan_decisions (plan_id, subject, outcome, amount_cents, reason, decided_on, decided_by, replaces)
    values (${d.planId}, ${d.subject}, ${d.outcome}, ${d.amountCents}, ${d.reason}, ${d.decidedOn}, ${d.userId},
            ${d.replaces})
    returning id`;
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** The plan's thread, oldest first. */
export async function listComments(sql: Sql, planId: string): Promise<PlanComment[]> {
  return sql<PlanComment[]>`
    select c.id, c.body as text, u.name as by, c.author_role as role, ${localTime(sql, 'c.at')} as at
      from plan_comments c left join users u on u.id = c.user_id
     where c.plan_id = ${planId}
     order by c.at, c.id`;
}

export async function insertComment(
  tx: Sql,
  c: { planId: string; text: string; userId: string; role: Role },
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into plan_comments (plan_id, body, user_id, author_role)
    values (${c.planId}, ${c.text}, ${c.userId}, ${c.role})
    returning id`;
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** The decision in force on each of the given plans (plans without one are absent). */
export async function currentDecisions(sql: Sql, planIds: string[]): Promise<Map<string, DecisionBrief>> {
  if (planIds.length === 0) return new Map();
  const rows = await sql<(DecisionBrief & { planId: string })[]>`
    select d.plan_id as "planId", d.id, d.subject, d.outcome, d.amount_cents as "amountCents",
           to_char(d.decided_on, 'YYYY-MM-DD') as "decidedOn"
      from plan_decisions d
     where d.plan_id = any(${planIds}::uuid[])
       and not exists (select 1 from plan_decisions n where n.replaces = d.id)`;
  return new Map(rows.map(({ planId, ...d }) => [planId, d]));
}
