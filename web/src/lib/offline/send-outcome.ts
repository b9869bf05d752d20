import { ApiError, isRetryableStatus } from '../../api/client';
import type { SendOutcome } from './save-queue';

/**
 * Runs one attempt to send and says what the save queue does next: done; again later after no answer, a 5xx, 408
 * or 429; or give up on any other refusal, which the same body would get again.
 */
export async function sendOutcome<R>(attempt: () => Promise<R>): Promise<SendOutcome<R>> {
  try {
    return { kind: 'ok', result: await attempt() };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: 'retry', reason: String(error) };
    if (isRetryableStatus(error.status)) {
      return { kind: 'retry', reason: error.status === 0 ? error.message : `HTTP ${error.status}` };
    }
    return { kind: 'rejected', message: error.message, code: error.code, field: error.field };
  }
}
