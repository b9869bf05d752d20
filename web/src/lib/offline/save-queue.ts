/**
 * A sender that never loses the latest save. One request is in flight at a time, so saves reach the server in
 * order; while one is in flight, newer saves replace the waiting one (each save carries all answers, so only the
 * newest matters). Network failures and 5xx are retried with exponential backoff; a 4xx is not retried, because
 * sending the same body again gets the same answer — the caller shows the message and the draft keeps the answers.
 *
 * One sender for everything typed offline: a respondent's answers and a mystery guest's visits. Pure apart from the
 * `send` and `clock` it is given, so tests drive it with fake timers.
 */

/** What one attempt to send produced; `send` maps HTTP and network outcomes to this (see `sendOutcome`). */
export type SendOutcome<R> =
  | { kind: 'ok'; result: R }
  /** Network error, 5xx, 408 or 429: worth sending again later. */
  | { kind: 'retry'; reason: string }
  /** A 4xx the server will answer again the same way; `message` is the server's (Dutch) text. */
  | { kind: 'rejected'; message: string; code?: string; field?: string };

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'offline'; attempt: number; retryInMs: number }
  | { state: 'rejected'; message: string; code?: string; field?: string };

export type Clock = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type SaveQueueOptions<P, R> = {
  send: (payload: P) => Promise<SendOutcome<R>>;
  clock: Clock;
  onStatus?: (status: SaveStatus) => void;
  /** Called once per payload the server acknowledged. */
  onAcknowledged?: (payload: P, result: R) => void;
  /** Called when the server refused a payload with a 4xx. */
  onRejected?: (payload: P, outcome: Extract<SendOutcome<R>, { kind: 'rejected' }>) => void;
  initialDelayMs?: number;
  maxDelayMs?: number;
};

export type SaveQueue<P> = {
  /** Queues the newest payload; it replaces any payload still waiting to be sent. */
  enqueue(payload: P): void;
  /** Sends a waiting payload now instead of at its backoff time (the `online` event calls this). */
  retryNow(): void;
  /** Whether a payload is waiting or in flight. */
  hasPending(): boolean;
  status(): SaveStatus;
  /** Stops timers; an in-flight request still settles but nothing new is sent. */
  dispose(): void;
};

/** Backoff before retry number `attempt` (1-based): initial, 2×, 4×… capped at `maxMs`. */
export function backoffDelay(attempt: number, initialMs = 1000, maxMs = 30_000): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
}

export function createSaveQueue<P, R>(options: SaveQueueOptions<P, R>): SaveQueue<P> {
  const { send, clock, initialDelayMs = 1000, maxDelayMs = 30_000 } = options;
  let waiting: { payload: P } | undefined;
  let inFlight = false;
  let failures = 0;
  let timer: unknown;
  let disposed = false;
  let current: SaveStatus = { state: 'idle' };

  const setStatus = (next: SaveStatus) => {
    current = next;
    options.onStatus?.(next);
  };

  const cancelTimer = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };

  const scheduleRetry = () => {
    failures += 1;
    const delay = backoffDelay(failures, initialDelayMs, maxDelayMs);
    setStatus({ state: 'offline', attempt: failures, retryInMs: delay });
    timer = clock.setTimeout(() => {
      timer = undefined;
      pump();
    }, delay);
  };

  const pump = () => {
    if (disposed || inFlight || timer !== undefined || !waiting) return;
    const { payload } = waiting;
    waiting = undefined;
    inFlight = true;
    setStatus({ state: 'saving' });
    let outcome: Promise<SendOutcome<R>>;
    try {
      outcome = send(payload);
    } catch (error) {
      outcome = Promise.resolve({ kind: 'retry', reason: String(error) });
    }
    outcome
      .catch((error: unknown): SendOutcome<R> => ({ kind: 'retry', reason: String(error) }))
      .then((result) => {
        inFlight = false;
        if (disposed) return;
        if (result.kind === 'ok') {
          failures = 0;
          options.onAcknowledged?.(payload, result.result);
          if (waiting) pump();
          else setStatus({ state: 'saved' });
        } else if (result.kind === 'retry') {
          // A newer payload supersedes the failed one; otherwise the failed one is sent again.
          waiting ??= { payload };
          scheduleRetry();
        } else {
          failures = 0;
          options.onRejected?.(payload, result);
          if (waiting) pump();
          else setStatus({ state: 'rejected', message: result.message, code: result.code, field: result.field });
        }
      });
  };

  return {
    enqueue(payload) {
      if (disposed) return;
      waiting = { payload };
      pump();
    },
    retryNow() {
      if (disposed || !waiting || inFlight) return;
      cancelTimer();
      pump();
    },
    hasPending: () => inFlight || waiting !== undefined,
    status: () => current,
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
