import { formatDutchDate, type InstrumentFile, LinkIdSchema, linkAvailability } from '@driehoek/shared';
import type { AppDeps } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { findRespondentLink, type RespondentLinkRow } from './queries';

export type OpenLink = {
  link: RespondentLinkRow;
  instrument: InstrumentFile;
  /** Set when the round has closed and only people who were answering may still finish. */
  graceUntil?: Date;
};

export const closedMessage = (closedOn: string) =>
  `Deze vragenlijst is gesloten sinds ${formatDutchDate(closedOn)}. Bedankt voor uw belangstelling.`;

/**
 * Resolves a link a respondent may use now, or throws the Dutch error page's message: unknown, not yet open,
 * or closed (past the grace period). Saves may use the link cache (`cached`); pages read the database.
 */
export async function openLink(deps: AppDeps, linkId: string, use: { cached?: boolean } = {}): Promise<OpenLink> {
  const link = !LinkIdSchema.safeParse(linkId).success
    ? undefined
    : use.cached && deps.linkCache
      ? await deps.linkCache.get(deps.sql, linkId)
      : await findRespondentLink(deps.sql, linkId);
  if (!link) {
    throw new AppError('link_unknown', 'Deze link kennen we niet. Controleer of u de hele link hebt overgenomen.');
  }
  const at = deps.now();
  const availability = linkAvailability(
    {
      status: link.roundStatus,
      opensOn: link.opensOn,
      closesOn: link.closesOn,
      closesAt: link.closesAt,
      closedAt: link.closedAt,
    },
    { today: dutchDate(at), at },
    deps.graceMinutes,
  );
  if (availability.state === 'not_open') {
    throw new AppError(
      'link_not_open',
      `Deze vragenlijst is nog niet geopend. U kunt hem invullen vanaf ${formatDutchDate(availability.opensOn)}.`,
    );
  }
  if (availability.state === 'closed') throw new AppError('link_closed', closedMessage(availability.closedOn));
  const instrument = deps.catalog.get(link.instrumentKey, link.instrumentVersion);
  if (!instrument) {
    // A pinned version must never disappear; this is a deploy error, not the respondent's.
    throw new Error(`pinned instrument ${link.instrumentKey} v${link.instrumentVersion} is missing`);
  }
  if (availability.state === 'grace') return { link, instrument, graceUntil: availability.until };
  return { link, instrument };
}
