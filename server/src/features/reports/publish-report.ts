import { smallChangeText, snapshotOf } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import { recordAudit } from '../../platform/audit';
import type { AppDeps, SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { publicationChanged } from '../../platform/hooks';
import { roundInScope } from '../../platform/scope';
import { moveRound } from '../rounds/move-round';
import {
  currentPublication,
  insertPublication,
  nextPublicationVersion,
  recordPublicationResponses,
  retractPublication,
  smallChangeSincePublications,
} from './publication-queries';
import { rawDataDeletedOn } from './queries';
import { buildDraft, fingerprintOf } from './report-view';

const localMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
/** Dutch local time as `YYYY-MM-DDTHH:MM`. */
const dutchMinute = (at: Date) => localMinute.format(at).replace(' ', 'T');

/**
 * Publishes the draft as it is now: its snapshot becomes what the IKC team, the municipality, the overview and the
 * plan of action read, until the researcher publishes again or retracts it. A closed round becomes 'reported' in the
 * same transaction. Publishing what is already published is refused (nothing would change for readers).
 */
export async function publishReport(deps: AppDeps, user: SessionUser, roundId: string): Promise<void> {
  const round = await roundInScope(deps.sql, user, roundId);
  if (round.status !== 'closed' && round.status !== 'reported') {
    throw new AppError(
      'conflict',
      'roundId: sluit de ronde eerst; een rapport van een open ronde is voorlopig',
      'roundId',
    );
  }
  if (await rawDataDeletedOn(deps.sql, roundId)) {
    throw new AppError(
      'conflict',
      'roundId: de ruwe gegevens van deze ronde zijn verwijderd; er valt niets meer te publiceren',
      'roundId',
    );
  }
  const draft = await buildDraft(deps, roundId);
  const current = await currentPublication(deps.sql, roundId);
  const fingerprint = fingerprintOf(draft);
  if (current && current.fingerprint === fingerprint) {
    throw new AppError('conflict', `roundId: er is niets veranderd sinds publicatie ${current.version}`, 'roundId');
  }
  await refuseSmallChanges(deps, roundId, draft.round.modelVersion);
  const version = await nextPublicationVersion(deps.sql, roundId);
  const snapshot = snapshotOf(draft, { version, publishedAt: dutchMinute(deps.now()), publishedBy: user.name });
  const write = async (tx: Sql) => {
    const id = await insertPublication(tx, { roundId, version, snapshot, fingerprint, userId: user.id });
    await recordPublicationResponses(tx, id, roundId);
    await recordAudit(tx, user, 'report.publish', { type: 'round', id: roundId }, { version });
  };
  if (round.status === 'closed') await moveRound(deps, user, round, 'reported', write);
  else await deps.sql.begin(write);
  await publicationChanged(deps, { roundId, locationId: round.locationId, kind: 'published' });
}

/**
 * Two publications that differ by a few responses of a perspective give those respondents' answers by subtraction,
 * to anyone who kept the first. So a republication waits until at least the minimum group size has changed.
 */
async function refuseSmallChanges(deps: AppDeps, roundId: string, modelVersion: number): Promise<void> {
  const min = loadScanModel(modelVersion).privacy.minGroupSize;
  const small = await smallChangeSincePublications(deps.sql, roundId, min);
  if (small) throw new AppError('conflict', `roundId: ${smallChangeText(small)}`, 'roundId');
}

/** Withdraws the publication in force, with a reason (audited): readers see counts only until it is published again. */
export async function retractReport(deps: AppDeps, user: SessionUser, roundId: string, reason: string): Promise<void> {
  const round = await roundInScope(deps.sql, user, roundId);
  const current = await currentPublication(deps.sql, roundId);
  if (!current || round.status !== 'reported') {
    throw new AppError('conflict', 'roundId: dit rapport is niet gepubliceerd', 'roundId');
  }
  await moveRound(deps, user, round, 'closed', async (tx) => {
    await retractPublication(tx, current.id, user.id, reason);
    await recordAudit(tx, user, 'report.retract', { type: 'round', id: roundId }, { version: current.version, reason });
  });
  await publicationChanged(deps, { roundId, locationId: round.locationId, kind: 'retracted' });
}
