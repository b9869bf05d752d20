import { responsesApi, type SaveResponse, type SaveResponseResult } from '@driehoek/shared';
import { ApiError, call } from '../api/client';
import type { SendOutcome } from '../lib/offline/save-queue';
import { sendOutcome } from '../lib/offline/send-outcome';

/** One save attempt, mapped to what the save queue needs to decide between done, retry and give up. */
export function sendSave(responseId: string, body: SaveResponse): Promise<SendOutcome<SaveResponseResult>> {
  return sendOutcome(async () => {
    try {
      return await call(responsesApi.save, { params: { responseId }, body }, { keepalive: true });
    } catch (error) {
      // The server stored it (2xx); an unreadable reply is its bug, not a reason to resend forever.
      if (error instanceof ApiError && error.code === 'unreadable_answer') {
        return { responseId, status: body.complete ? 'complete' : 'partial', changed: true } as const;
      }
      throw error;
    }
  });
}
