import type { SaveVisit, Visit } from '@driehoek/shared';
import { isRetryableStatus } from '../../lib/api-error';
import { type StaffApi, StaffApiError } from '../api';

export type SyncStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; visit: Visit }
  | { state: 'retrying'; attempt: number }
  | { state: 'refused'; message: string; field?: string };

export type VisitSyncOptions = {
  api: Pick<StaffApi, 'saveVisit'>;
  visitId: string;
  onStatus: (status: SyncStatus) => void;
  /** Waits before each retry, longest last and then repeated; shortened in tests. */
  retryDelaysMs?: readonly number[];
};

const defaultDelays = [1_000, 3_000, 10_000, 30_000];

/**
 * Sends a visit to `PUT /api/visits/<visitId>`: always the same id, so a retry after a lost answer updates the
 * visit instead of making a second one. Network failures and 5xx are retried with back-off; a refusal (4xx) stops
 * and says why. A newer save replaces a pending one.
 */
export function createVisitSync({ api, visitId, onStatus, retryDelaysMs = defaultDelays }: VisitSyncOptions) {
  let pending: SaveVisit | undefined;
  let sending = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const send = async () => {
    if (sending || !pending || stopped) return;
    const body = pending;
    sending = true;
    onStatus(attempt === 0 ? { state: 'saving' } : { state: 'retrying', attempt });
    try {
      const visit = await api.saveVisit(visitId, body);
      sending = false;
      attempt = 0;
      if (pending === body) {
        pending = undefined;
        onStatus({ state: 'saved', visit });
      } else void send();
    } catch (e) {
      sending = false;
      if (stopped) return;
      const failure = e instanceof StaffApiError ? e.failure : undefined;
      const retryable = !failure || failure.status === 0 || isRetryableStatus(failure.status);
      if (!retryable && failure) {
        pending = undefined;
        attempt = 0;
        onStatus({ state: 'refused', message: failure.message, field: failure.field });
        return;
      }
      attempt += 1;
      onStatus({ state: 'retrying', attempt });
      const delay = retryDelaysMs[Math.min(attempt - 1, retryDelaysMs.length - 1)] ?? 30_000;
      timer = setTimeout(() => void send(), delay);
    }
  };

  return {
    save(body: SaveVisit) {
      pending = body;
      if (timer) clearTimeout(timer);
      timer = undefined;
      void send();
    },
    /** Stops retrying (the page closes); the local draft keeps the answers for next time. */
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
