import { buildDeck, type Deck, type ScanModel } from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { roundInScope } from '../../platform/scope';
import { currentPublication, type Publication } from '../reports/publication-queries';

export type PublishedDeck = { deck: Deck; model: ScanModel; publication: Publication };

/** Why there is no meeting yet, in Dutch, for the 409. */
export const NOT_PUBLISHED =
  'Het rapport van deze ronde is nog niet gepubliceerd. De terugkoppeling gaat over het gepubliceerde rapport: de onderzoeker publiceert het eerst.';

/**
 * The feedback meeting's deck of a round, from the publication in force and never from the live draft (404 outside
 * the user's scope, 409 before publication or after a retraction).
 */
export async function publishedDeck(deps: AppDeps, user: SessionUser, roundId: string): Promise<PublishedDeck> {
  await roundInScope(deps.sql, user, roundId);
  const publication = await currentPublication(deps.sql, roundId);
  if (!publication) throw new AppError('conflict', NOT_PUBLISHED);
  const model = loadScanModel(publication.snapshot.round.modelVersion);
  return { deck: buildDeck(publication.snapshot, model), model, publication };
}
