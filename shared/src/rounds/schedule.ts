import type { RoundStatus } from './link-availability';

export type ScheduledRound = {
  status: RoundStatus;
  opensOn: string;
  closesOn: string;
  /**
   * Reopened by hand after closing, and its dates not saved since: the researcher is still deciding how long it
   * stays open, so a closing date already past must not close it again under their hands.
   */
  reopenedSinceDates?: boolean;
};

/**
 * What the scheduler does to a round on the Dutch calendar day `today` (YYYY-MM-DD): open a round in preparation
 * from its opening day through its closing day, close an open round once its closing day has passed. A round in
 * preparation whose dates have both passed stays as it is (nobody could have answered it), and so do closed and
 * published rounds. Catching up after downtime is the same question asked later.
 */
export function scheduledMove(round: ScheduledRound, today: string): 'open' | 'closed' | undefined {
  if (round.status === 'draft' && round.opensOn <= today && today <= round.closesOn) return 'open';
  if (round.status === 'open' && round.closesOn < today && !round.reopenedSinceDates) return 'closed';
  return undefined;
}
