import type { RootSql } from './db';
import type { Logger } from './logger';

/**
 * Work a server does without anyone asking: opening and closing rounds on their dates now, retention and rescoring
 * later. A job must be idempotent and find its work in the database each time (never in memory), so a run missed
 * during downtime is caught up by the next one, and a run that stops halfway is finished by the next one.
 */
export type Job = { name: string; run: () => Promise<void> };

export type JobRunnerOptions = {
  sql: RootSql;
  logger: Logger;
  /** Between two runs of every job; the first run starts at `start`. */
  intervalMs: number;
};

/** First key of every job lock, so our advisory locks never meet another application's on a shared server. */
const LOCK_NAMESPACE = 0x44524b01;

/** A job's lock key: a 32-bit FNV-1a hash of its name, as PostgreSQL's signed int4. */
export function jobLockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * Jobs running in this process, per database client. On a client with one connection (the embedded database) every
 * query shares one session, where an advisory lock is re-entrant: this set keeps two runners of one process (as in
 * tests) from both running a job. Between processes the advisory lock does it.
 */
const running = new WeakMap<object, Set<string>>();

/**
 * Runs each job every `intervalMs` in every server process, but each run in one process only: a process runs a job
 * when it gets the job's PostgreSQL advisory lock (`pg_try_advisory_lock`) and skips it when another process holds
 * it. The lock is a session's, so it lives on a connection reserved for the run (a pool would unlock on another
 * connection) and goes away with the session if the process dies. On a client with a single connection the lock
 * is taken on that connection and the job's own queries share it.
 * Timers are unref'd: a runner never keeps a process (or a test) alive; `stop` waits for the run in progress.
 */
export class JobRunner {
  private readonly jobs: Job[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private current: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly options: JobRunnerOptions) {}

  /** Adds jobs (the app registers its own when it is built). */
  register(jobs: readonly Job[]): this {
    this.jobs.push(...jobs);
    return this;
  }

  /** Runs every job now, then every interval, until `stop`. */
  start(): void {
    if (this.timer || this.stopped) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress; later ticks do nothing. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }

  /** One run of every job, one after the other; answers which ran here and which another process had. */
  async runOnce(): Promise<Array<{ name: string; ran: boolean }>> {
    const results: Array<{ name: string; ran: boolean }> = [];
    for (const job of this.jobs) {
      if (this.stopped) break;
      results.push({ name: job.name, ran: await this.runLocked(job) });
    }
    return results;
  }

  private tick(): void {
    // A run that outlasts the interval is not overlapped by the next tick.
    if (this.current || this.stopped) return;
    this.current = this.runOnce()
      .catch((err) => this.options.logger.error('jobs run failed', { error: String(err) }))
      .finally(() => {
        this.current = undefined;
      });
  }

  private async runLocked(job: Job): Promise<boolean> {
    const { sql, logger } = this.options;
    const held = running.get(sql) ?? new Set<string>();
    running.set(sql, held);
    if (held.has(job.name)) return false;
    held.add(job.name);
    const key = jobLockKey(job.name);
    const shared = sql.options.max <= 1;
    let session: Awaited<ReturnType<RootSql['reserve']>> | undefined;
    try {
      session = shared ? undefined : await sql.reserve();
      const on = session ?? sql;
      const [row] = await on<{ locked: boolean }[]>`select pg_try_advisory_lock(${LOCK_NAMESPACE}, ${key}) as locked`;
      if (!row?.locked) return false;
      try {
        const started = performance.now();
        await job.run();
        logger.debug('job ran', { job: job.name, ms: Math.round(performance.now() - started) });
      } catch (err) {
        logger.warn('job failed; the next run tries again', { job: job.name, error: String(err) });
      } finally {
        await on`select pg_advisory_unlock(${LOCK_NAMESPACE}, ${key})`;
      }
      return true;
    } finally {
      session?.release();
      held.delete(job.name);
    }
  }
}
