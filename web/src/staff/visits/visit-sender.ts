import { api, type SaveVisit, type Visit } from '@driehoek/shared';
import { call } from '../../api/client';
import type { SendOutcome } from '../../lib/offline/save-queue';
import { sendOutcome } from '../../lib/offline/send-outcome';

/**
 * One attempt to store a visit, for the offline save queue. Always under the id the browser chose, so a retry
 * after a lost answer updates the visit instead of making a second one.
 */
export function sendVisit(visitId: string, body: SaveVisit): Promise<SendOutcome<Visit>> {
  return sendOutcome(() => call(api.visits.save, { params: { id: visitId }, body }));
}
