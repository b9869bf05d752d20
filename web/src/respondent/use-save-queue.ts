import type { SaveResponse, SaveResponseResult } from '@driehoek/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sendSave } from './api';
import { type Clock, createSaveQueue, type SaveQueue, type SaveStatus } from './save-queue';

export type SavePayload = { responseId: string; body: SaveResponse };

export type UseSaveQueueOptions = {
  onAcknowledged: (payload: SavePayload, result: SaveResponseResult) => void;
  clock?: Clock;
};

const browserClock: Clock = {
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/** The save queue for this page's lifetime, its status as React state, and an early retry when back online. */
export function useSaveQueue(options: UseSaveQueueOptions): { status: SaveStatus; enqueue: (p: SavePayload) => void } {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const latest = useRef(options);
  latest.current = options;
  const queueRef = useRef<SaveQueue<SavePayload> | undefined>(undefined);

  const getQueue = useCallback(() => {
    queueRef.current ??= createSaveQueue<SavePayload, SaveResponseResult>({
      send: (p) => sendSave(p.responseId, p.body),
      clock: latest.current.clock ?? browserClock,
      onStatus: setStatus,
      onAcknowledged: (p, r) => latest.current.onAcknowledged(p, r),
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

  const enqueue = useCallback((p: SavePayload) => getQueue().enqueue(p), [getQueue]);
  return { status, enqueue };
}
