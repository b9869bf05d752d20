import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, createSaveQueue, type SaveStatus, type SendOutcome } from './save-queue';

type Payload = { n: number };

const realClock = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A `send` whose answers the test scripts in order; every call is recorded. */
function scriptedSend(outcomes: Array<SendOutcome<string>>) {
  const calls: Payload[] = [];
  const send = vi.fn(async (payload: Payload): Promise<SendOutcome<string>> => {
    calls.push(payload);
    return outcomes.shift() ?? { kind: 'ok', result: `ack ${payload.n}` };
  });
  return { send, calls };
}

describe('save queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('doubles the wait after each failure and never waits longer than 30 seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('sends a save at once and reports it saved when the server acknowledges it', async () => {
    const { send, calls } = scriptedSend([]);
    const statuses: SaveStatus[] = [];
    const acknowledged: string[] = [];
    const queue = createSaveQueue<Payload, string>({
      send,
      clock: realClock,
      onStatus: (s) => statuses.push(s),
      onAcknowledged: (_p, r) => acknowledged.push(r),
    });

    queue.enqueue({ n: 1 });
    await vi.runAllTimersAsync();

    expect(calls).toEqual([{ n: 1 }]);
    expect(acknowledged).toEqual(['ack 1']);
    expect(statuses.map((s) => s.state)).toEqual(['saving', 'saved']);
    expect(queue.hasPending()).toBe(false);
  });

  it('retries a failed save after 1, 2 and 4 seconds until it gets through', async () => {
    const { send, calls } = scriptedSend([
      { kind: 'retry', reason: 'network' },
      { kind: 'retry', reason: '503' },
      { kind: 'retry', reason: 'network' },
    ]);
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue<Payload, string>({ send, clock: realClock, onStatus: (s) => statuses.push(s) });

    queue.enqueue({ n: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(queue.status()).toEqual({ state: 'offline', attempt: 1, retryInMs: 1000 });

    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(queue.status()).toMatchObject({ state: 'offline', retryInMs: 2000 });

    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(3);
    expect(queue.status()).toMatchObject({ state: 'offline', retryInMs: 4000 });

    await vi.advanceTimersByTimeAsync(4000);
    expect(calls).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }, { n: 1 }]);
    expect(queue.status()).toEqual({ state: 'saved' });
    expect(statuses.filter((s) => s.state === 'saved')).toHaveLength(1);
  });

  it('sends only the newest of the saves queued while offline, and each acknowledged save once', async () => {
    const { send, calls } = scriptedSend([{ kind: 'retry', reason: 'network' }]);
    const acknowledged: number[] = [];
    const queue = createSaveQueue<Payload, string>({
      send,
      clock: realClock,
      onAcknowledged: (p) => acknowledged.push(p.n),
    });

    queue.enqueue({ n: 1 });
    await vi.advanceTimersByTimeAsync(0);
    queue.enqueue({ n: 2 });
    queue.enqueue({ n: 3 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([{ n: 1 }, { n: 3 }]);
    expect(acknowledged).toEqual([3]);
  });

  it('keeps one request in flight and sends the save queued meanwhile right after it', async () => {
    let release: (o: SendOutcome<string>) => void = () => {};
    const calls: Payload[] = [];
    const send = vi.fn((p: Payload) => {
      calls.push(p);
      return calls.length === 1
        ? new Promise<SendOutcome<string>>((resolve) => {
            release = resolve;
          })
        : Promise.resolve<SendOutcome<string>>({ kind: 'ok', result: 'ok' });
    });
    const queue = createSaveQueue<Payload, string>({ send, clock: realClock });

    queue.enqueue({ n: 1 });
    queue.enqueue({ n: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ n: 1 }]);

    release({ kind: 'ok', result: 'ok' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ n: 1 }, { n: 2 }]);
    expect(queue.status()).toEqual({ state: 'saved' });
  });

  it('retries at once when the browser comes back online instead of waiting out the backoff', async () => {
    const { send, calls } = scriptedSend([
      { kind: 'retry', reason: 'network' },
      { kind: 'retry', reason: 'network' },
      { kind: 'retry', reason: 'network' },
    ]);
    const queue = createSaveQueue<Payload, string>({ send, clock: realClock });

    queue.enqueue({ n: 1 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toHaveLength(3);
    expect(queue.status()).toMatchObject({ retryInMs: 4000 });

    queue.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(4);
    expect(queue.status()).toEqual({ state: 'saved' });
  });

  it('does not retry a save the server refused, and reports the server message', async () => {
    const { send, calls } = scriptedSend([
      { kind: 'rejected', code: 'validation', field: 'q1', message: 'Vraag "q1": kies een van de antwoorden' },
    ]);
    const rejected: number[] = [];
    const queue = createSaveQueue<Payload, string>({
      send,
      clock: realClock,
      onRejected: (p) => rejected.push(p.n),
    });

    queue.enqueue({ n: 1 });
    await vi.advanceTimersByTimeAsync(60_000);

    expect(calls).toHaveLength(1);
    expect(rejected).toEqual([1]);
    expect(queue.status()).toEqual({
      state: 'rejected',
      code: 'validation',
      field: 'q1',
      message: 'Vraag "q1": kies een van de antwoorden',
    });
    expect(queue.hasPending()).toBe(false);
  });

  it('treats a send that throws like a network failure', async () => {
    let attempts = 0;
    const send = vi.fn(async (): Promise<SendOutcome<string>> => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return { kind: 'ok', result: 'ok' };
    });
    const queue = createSaveQueue<Payload, string>({ send, clock: realClock });

    queue.enqueue({ n: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.status().state).toBe('offline');
    await vi.advanceTimersByTimeAsync(1000);
    expect(queue.status().state).toBe('saved');
  });

  it('stops retrying once disposed', async () => {
    const { send, calls } = scriptedSend([{ kind: 'retry', reason: 'network' }]);
    const queue = createSaveQueue<Payload, string>({ send, clock: realClock });

    queue.enqueue({ n: 1 });
    await vi.advanceTimersByTimeAsync(0);
    queue.dispose();
    await vi.advanceTimersByTimeAsync(60_000);

    expect(calls).toHaveLength(1);
  });
});
