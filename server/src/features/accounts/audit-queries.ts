import type { Sql } from '../../platform/db';

/** A page of the audit log, newest first, with the e-mail address of who did it. */
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
