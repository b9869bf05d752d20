import type { RoundStatus } from '@driehoek/shared';
import { recordAudit } from '../../platform/audit';
import type { AppDeps, SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { roundStatusChanged } from '../../platform/hooks';
import { setRoundStatus } from './queries';
import { sealRoundStorage } from './seal-storage';

/**
 * Everything a status change of a round does, whoever asks (a researcher's click, or the scheduler with no user):
 * the conditional update, sealing a closed round's storage (decision 0003), the audit entry, in one transaction;
 * then the link cache and the listeners (the overview). The caller has checked that the move is allowed.
 */
export async function moveRound(
  deps: AppDeps,
  actor: SessionUser | undefined,
  round: { id: string; locationId: string; status: RoundStatus },
  to: RoundStatus,
  /** More writes that belong to the same change (a publication and the round's status move together). */
  also?: (tx: Sql) => Promise<void>,
): Promise<void> {
  await deps.sql.begin(async (tx) => {
    const moved = await setRoundStatus(tx, round.id, { from: round.status, to, at: deps.now() });
    if (!moved)
      throw new AppError('conflict', 'to: de ronde is intussen door iemand anders gewijzigd; laad opnieuw', 'to');
    if (to === 'closed' || to === 'reported') await sealRoundStorage(tx, round.id);
    await recordAudit(tx, actor, 'round.transition', { type: 'round', id: round.id }, { from: round.status, to });
    await also?.(tx);
  });
  deps.linkCache?.clear();
  await roundStatusChanged(deps, { roundId: round.id, locationId: round.locationId, from: round.status, to });
}
