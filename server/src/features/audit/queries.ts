import type { SessionUser } from '../../context';
import { asJson, type Sql } from '../../db';

/**
 * Records a staff action. Callers pass ids and field names, never respondent content or passwords; call it in the
 * same transaction as the change so the log cannot miss one.
 */
export async function recordAudit(
  sql: Sql,
  user: SessionUser | undefined,
  action: string,
  target: { type: string; id?: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await sql`insert into audit_log (user_id, action, target_type, target_id, details)
            values (${user?.id ?? null}, ${action}, ${target.type}, ${target.id ?? null}, ${asJson(sql, details)})`;
}

export async function listAudit(sql: Sql, page: number, pageSize: number) {
  const items = await sql<
    {
      id: number;
      at: string;
      user: string | null;
      action: string;
      targetType: string;
      targetId: string | null;
      details: Record<string, unknown>;
    }[]
  >`
    select a.id::int as id, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at,
           u.email as user, a.action, a.target_type as "targetType", a.target_id as "targetId", a.details
      from audit_log a left join users u on u.id = a.user_id
     order by a.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`;
  const [total] = await sql<{ n: number }[]>`select count(*)::int as n from audit_log`;
  return { items, total: total?.n ?? 0, page, pageSize };
}
