import type { Sql } from '../../db';

/** Failed logins allowed per email in one window before further attempts are refused until the window ends. */
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;

const windowStart = (now: Date) => {
  const ms = WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
};

/** Whether an email is locked out now. Kept in the database so every server process counts together. */
export async function isThrottled(sql: Sql, email: string, now: Date): Promise<boolean> {
  const [row] = await sql<{ failures: number }[]>`
    select failures from login_failures where email = ${email.toLowerCase()} and window_start = ${windowStart(now)}`;
  return (row?.failures ?? 0) >= MAX_FAILURES;
}

export async function recordFailure(sql: Sql, email: string, now: Date): Promise<void> {
  await sql`
    insert into login_failures (email, window_start, failures) values (${email.toLowerCase()}, ${windowStart(now)}, 1)
    on conflict (email, window_start) do update set failures = login_failures.failures + 1`;
  await sql`delete from login_failures where window_start < ${new Date(now.getTime() - 24 * 3600_000)}`;
}

export async function clearFailures(sql: Sql, email: string): Promise<void> {
  await sql`delete from login_failures where email = ${email.toLowerCase()}`;
}
