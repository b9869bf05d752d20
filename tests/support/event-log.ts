/** A moment the test itself marks in the log, such as the start and end of a fault. */
export type Mark = { kind: 'mark'; name: string };

/** An event with its place in the log: `seq` orders every event the test process saw, one counter for all. */
export type Logged<T> = T & { seq: number };

export type UntilOptions = {
  /** A failure bound, not a claim about speed: the condition is expected long before it. */
  timeoutMs?: number;
  /** Settles when no more events can come (the load finished): a condition still false then never holds. */
  stopsWhen?: Promise<unknown>;
};

/**
 * What happened during a fault test, in the order it happened. Fault tests assert on this order (acknowledged
 * before the fault, failed during it) instead of on clock windows, which a slow machine stretches and a fast one
 * shrinks; and they wait for a condition in the log instead of sleeping and hoping it holds.
 */
export class EventLog<T extends { kind: string }> {
  private readonly list: Logged<T | Mark>[] = [];
  private readonly listeners = new Set<() => void>();

  get events(): readonly Logged<T | Mark>[] {
    return this.list;
  }

  add(event: T | Mark): number {
    const seq = this.list.length + 1;
    this.list.push({ ...event, seq });
    for (const listener of [...this.listeners]) listener();
    return seq;
  }

  mark(name: string): number {
    return this.add({ kind: 'mark', name });
  }

  /** Where the test marked `name`; throws when it never did, so an assertion cannot compare against nothing. */
  seqOf(name: string): number {
    const found = this.list.find((e) => e.kind === 'mark' && 'name' in e && e.name === name);
    if (!found) throw new Error(`no mark "${name}" in the event log`);
    return found.seq;
  }

  /** Resolves as soon as `condition` holds for the events so far. */
  until(
    what: string,
    condition: (events: readonly Logged<T | Mark>[]) => boolean,
    { timeoutMs = 60_000, stopsWhen }: UntilOptions = {},
  ): Promise<void> {
    if (condition(this.list)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (condition(this.list)) finish();
      };
      const timer = setTimeout(
        () => finish(new Error(`gave up after ${timeoutMs} ms waiting until ${what}; ${this.list.length} events`)),
        timeoutMs,
      );
      this.listeners.add(check);
      stopsWhen?.then(
        () => {
          check();
          finish(new Error(`the events stopped before ${what}; ${this.list.length} events`));
        },
        (err: unknown) => finish(err instanceof Error ? err : new Error(String(err))),
      );
    });
  }
}
