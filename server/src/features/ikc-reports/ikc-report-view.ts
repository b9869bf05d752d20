import { type IkcReportView, seesRawCounts } from '@driehoek/shared';
import type { AppDeps, SessionUser } from '../../platform/context';
import { buildIkcDraft, ikcFingerprint } from './build-ikc-report';
import { currentIkcPublication, type IkcRow, ikcInScope } from './queries';

type DraftView = Extract<IkcReportView, { state: 'draft' }>;

/** The live IKC report for the researcher, with what stands in its way and how it stands to the publication in force. */
export async function ikcDraftView(deps: AppDeps, ikc: IkcRow): Promise<DraftView> {
  const { report } = await buildIkcDraft(deps, ikc);
  const current = await currentIkcPublication(deps.sql, ikc.id);
  const todo: DraftView['todo'] = [];
  if (report.locations.length === 0)
    todo.push({ key: 'locations', text: 'Nog geen enkele locatie van dit IKC heeft een gepubliceerd rapport.' });
  for (const l of report.notIncluded)
    todo.push({ key: `not-included:${l.locationId}`, text: `${l.location} telt niet mee: ${l.reason}` });
  return {
    state: 'draft',
    ...report,
    todo,
    published: current
      ? {
          ...current.snapshot.publication,
          unchanged: ikcFingerprint(current.snapshot) === ikcFingerprint(report),
        }
      : null,
  };
}

/**
 * The IKC report as `user` may see it (404 unless their scope covers the whole IKC): researchers and admins the
 * draft; the IKC team and the municipality the publication in force, or only that it is not published. Nothing is
 * computed for them before publication.
 */
export async function ikcReportViewFor(deps: AppDeps, user: SessionUser, ikcId: string): Promise<IkcReportView> {
  const ikc = await ikcInScope(deps.sql, user, ikcId);
  if (seesRawCounts(user.role)) return ikcDraftView(deps, ikc);
  const current = await currentIkcPublication(deps.sql, ikc.id);
  if (current) return { state: 'published', ...current.snapshot };
  return { state: 'unpublished', ikc };
}
