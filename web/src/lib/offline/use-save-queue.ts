import { useCallback, useEffect, useRef, useState } from 'react';
import { type Clock, createSaveQueue, type SaveQueue, type SaveStatus, type SendOutcome } from './save-queue';

export type UseSaveQueueOptions<P, R> = {
  send: (payload: P) => Promise<SendOutcome<R>>;
  onAcknowledged?: (payload: P, result: R) => void;
  clock?: Clock;
  /** Backoff of the first retry; shortened in tests. */
  initialDelayMs?: number;
};

const browserClock: Clock = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/** A save queue for this component's lifetime, its status as React state, and an early retry when back online. */
export function useSaveQueue<P, R>(
  options: UseSaveQueueOptions<P, R>,
): { status: SaveStatus; enqueue: (p: P) => void } {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const latest = useRef(options);
  latest.current = options;
  const queueRef = useRef<SaveQueue<P> | undefined>(undefined);

  const getQueue = useCallback(() => {
    queueRef.current ??= createSaveQueue<P, R>({
      send: (p) => latest.current.send(p),
      clock: latest.current.clock ?? browserClock,
      initialDelayMs: latest.current.initialDelayMs,
      onStatus: setStatus,
      onAcknowledged: (p, r) => latest.current.onAcknowledged?.(p, r),
    });
    return queueRef.current;
  }, []);

  useEffect(() => {
    const queue = getQueue();
    const retry = () => queue.retryNow();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      queue.dispose();
      // React may mount again (StrictMode, fast refresh): the next use creates a fresh queue.
      if (queueRef.current === queue) queueRef.current = undefined;
    };
  }, [getQueue]);

  const enqueue = useCallback((p: P) => getQueue().enqueue(p), [getQueue]);
  return { status, enqueue };
}
