import type { Context } from 'hono';

/**
 * The address a request came from, as the socket saw it (behind a proxy: the proxy's). Undefined in in-process
 * tests that give no socket. Used for per-client throttling only and never stored.
 */
export function clientAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * Failed attempts per client address, in this process's memory only: an address is personal data, and a counter
 * in the database would put it (or a reversible hash of it) beside the time someone answered. With several
 * processes a client gets the limit in each, which still slows a guesser by orders of magnitude.
 */
export class ClientFailures {
  private readonly counts = new Map<string, { windowStart: number; failures: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Whether the client has used up its failures in the current window. Unknown clients are never throttled. */
  exhausted(client: string | undefined, now: Date): boolean {
    if (client === undefined) return false;
    const entry = this.counts.get(client);
    return entry !== undefined && entry.windowStart === this.windowOf(now) && entry.failures >= this.limit;
  }

  /** Whether the client has any failure in the current window. */
  hasFailed(client: string | undefined, now: Date): boolean {
    if (client === undefined) return false;
    return this.counts.get(client)?.windowStart === this.windowOf(now);
  }

  record(client: string | undefined, now: Date): void {
    if (client === undefined) return;
    const windowStart = this.windowOf(now);
    const entry = this.counts.get(client);
    if (entry?.windowStart === windowStart) entry.failures += 1;
    else this.counts.set(client, { windowStart, failures: 1 });
    if (this.counts.size > 10_000) this.prune(windowStart);
  }

  private windowOf(now: Date): number {
    return Math.floor(now.getTime() / this.windowMs) * this.windowMs;
  }

  private prune(current: number) {
    for (const [client, entry] of this.counts) if (entry.windowStart !== current) this.counts.delete(client);
  }
}
