import { recordAudit } from '../../platform/audit';
import type { AppDeps, SessionUser } from '../../platform/context';
import { dutchMinute } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { buildIkcDraft, ikcFingerprint } from './build-ikc-report';
import {
  currentIkcPublication,
  ikcInScope,
  insertIkcPublication,
  insertSplitSets,
  nextIkcPublicationVersion,
  retractIkcPublication,
} from './queries';

/**
 * Publishes the IKC report as it is now, with the response sets of the split groups it shows (for the time axis of
 * later versions). Refused without any location publication, and when nothing a reader sees would change.
 */
export async function publishIkcReport(deps: AppDeps, user: SessionUser, ikcId: string): Promise<void> {
  const ikc = await ikcInScope(deps.sql, user, ikcId);
  const draft = await buildIkcDraft(deps, ikc);
  if (draft.report.locations.length === 0)
    throw new AppError('conflict', 'ikcId: er is nog geen gepubliceerd locatierapport om samen te nemen', 'ikcId');
  const current = await currentIkcPublication(deps.sql, ikc.id);
  if (current && ikcFingerprint(current.snapshot) === ikcFingerprint(draft.report))
    throw new AppError('conflict', `ikcId: er is niets veranderd sinds publicatie ${current.version}`, 'ikcId');
  await deps.sql.begin(async (tx) => {
    // One publisher at a time per IKC, so two clicks cannot both take the next version number.
    await tx`select id from ikcs where id = ${ikc.id} for update`;
    const version = await nextIkcPublicationVersion(tx, ikc.id);
    const snapshot = {
      ...draft.report,
      publication: { version, publishedAt: dutchMinute(deps.now()), publishedBy: user.name },
    };
    const id = await insertIkcPublication(tx, { ikcId: ikc.id, version, snapshot, userId: user.id });
    await insertSplitSets(tx, id, draft.records);
    await recordAudit(tx, user, 'ikc-report.publish', { type: 'ikc', id: ikc.id }, { version });
  });
}

/** Withdraws the IKC publication in force, with a reason (audited): readers then see that it is not published. */
export async function retractIkcReport(deps: AppDeps, user: SessionUser, ikcId: string, reason: string) {
  const ikc = await ikcInScope(deps.sql, user, ikcId);
  const current = await currentIkcPublication(deps.sql, ikc.id);
  if (!current) throw new AppError('conflict', 'ikcId: dit IKC-rapport is niet gepubliceerd', 'ikcId');
  await deps.sql.begin(async (tx) => {
    await retractIkcPublication(tx, current.id, user.id, reason);
    await recordAudit(
      tx,
      user,
      'ikc-report.retract',
      { type: 'ikc', id: ikc.id },
      { version: current.version, reason },
    );
  });
}
