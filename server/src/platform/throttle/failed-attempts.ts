import type { Sql } from '../db';

/**
 * Failed attempts per key in fixed windows, shared by every server process through the database. Keys are
 * prefixed by what they count: `login:<email>`, `device:<hash>`, `password:<user id>`, `codes:<link id>`.
 */
export type AttemptWindow = { limit: number; minutes: number };

const windowStart = (now: Date, minutes: number) => {
  const ms = minutes * 60_000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
};

/** Whether `key` has used up its failed attempts in the current window. */
export async function attemptsExhausted(sql: Sql, key: string, window: AttemptWindow, now: Date): Promise<boolean> {
  const [row] = await sql<{ attempts: number }[]>`
    select attempts from failed_attempts where key = ${key} and window_start = ${windowStart(now, window.minutes)}`;
  return (row?.attempts ?? 0) >= window.limit;
}

/** Counts one failed attempt under `key`, and forgets windows older than a day. */
export async function recordFailedAttempt(sql: Sql, key: string, window: AttemptWindow, now: Date): Promise<void> {
  await sql`
    insert into failed_attempts (key, window_start, attempts) values (${key}, ${windowStart(now, window.minutes)}, 1)
    on conflict (key, window_start) do update set attempts = failed_attempts.attempts + 1`;
  await sql`delete from failed_attempts where window_start < ${new Date(now.getTime() - 24 * 3600_000)}`;
}

export async function clearFailedAttempts(sql: Sql, key: string): Promise<void> {
  await sql`delete from failed_attempts where key = ${key}`;
}
