import type { AppDeps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { type AttemptWindow, attemptsExhausted, recordFailedAttempt } from '../../platform/throttle/failed-attempts';

/**
 * Bad codes a link takes in an hour before clients that already typed a bad code must wait. With 32^8 possible
 * codes and a few hundred real ones, a guesser needs billions of tries per hit; a respondent who types their code
 * right the first time is never held up, even while the link is under attack.
 */
export const LINK_CODE_WINDOW: AttemptWindow = { limit: 100, minutes: 60 };

const key = (linkId: string) => `codes:${linkId}`;

/** Refuses a code attempt from a client that has guessed too often, or from one with a bad code on a busy link. */
export async function refuseCodeGuessing(deps: AppDeps, linkId: string, client: string | undefined): Promise<void> {
  const now = deps.now();
  const clients = deps.clientFailures?.codes;
  if (clients?.exhausted(client, now)) throw tooManyCodes();
  // Without an address (in-process tests) every client counts as one that failed before.
  const failedBefore = client === undefined || (clients?.hasFailed(client, now) ?? true);
  if (failedBefore && (await attemptsExhausted(deps.sql, key(linkId), LINK_CODE_WINDOW, now))) throw tooManyCodes();
}

/** Counts a bad (unknown or used) code against the client and the link. */
export async function recordBadCode(deps: AppDeps, linkId: string, client: string | undefined): Promise<void> {
  const now = deps.now();
  deps.clientFailures?.codes.record(client, now);
  await recordFailedAttempt(deps.sql, key(linkId), LINK_CODE_WINDOW, now);
}

const tooManyCodes = () =>
  new AppError(
    'rate_limited',
    'code: te vaak een code geprobeerd die niet klopt. Wacht een kwartier en probeer het dan opnieuw, of vraag de school om hulp.',
    'code',
  );
