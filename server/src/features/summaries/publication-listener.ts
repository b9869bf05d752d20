import type { AppDeps, PublicationChange } from '../../platform/context';
import { ensureSummaryLink } from './queries';

/**
 * A round's first publication gives its summaries a public link, so the IKC team can hand out the letter at once.
 * A later publication keeps the link (it shows whatever is in force), and a link the researcher withdrew stays
 * withdrawn; a retraction leaves the link, which then answers "niet meer beschikbaar" until a new publication.
 */
export async function onPublicationForSummaries(deps: AppDeps, change: PublicationChange): Promise<void> {
  if (change.kind === 'published') await ensureSummaryLink(deps.sql, change.roundId);
}
