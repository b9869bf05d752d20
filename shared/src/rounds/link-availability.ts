export type RoundStatus = 'draft' | 'open' | 'closed' | 'reported';

export type LinkAvailability =
  | { state: 'open' }
  | { state: 'not_open'; opensOn: string }
  | { state: 'closed'; closedOn: string };

/**
 * Whether a respondent may answer through a round's link on a given Dutch calendar day: the round must be open and
 * the day within its dates (both inclusive). Dates are `YYYY-MM-DD`, so string order is date order.
 */
export function linkAvailability(
  round: { status: RoundStatus; opensOn: string; closesOn: string },
  today: string,
): LinkAvailability {
  if (round.status === 'draft') return { state: 'not_open', opensOn: round.opensOn };
  if (round.status === 'closed' || round.status === 'reported') return { state: 'closed', closedOn: round.closesOn };
  if (today < round.opensOn) return { state: 'not_open', opensOn: round.opensOn };
  if (today > round.closesOn) return { state: 'closed', closedOn: round.closesOn };
  return { state: 'open' };
}

/** `2026-11-23` as `23 november 2026`, for Dutch messages. */
export function formatDutchDate(isoDate: string): string {
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
