import type { SessionUser } from './context';
import { asJson, type Sql } from './db';

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
