export type RoundStatus = 'draft' | 'open' | 'closed' | 'reported';

export type LinkAvailability =
  | { state: 'open' }
  | { state: 'not_open'; opensOn: string }
  /** Closed, but respondents who were already answering may still save and submit until `until`. */
  | { state: 'grace'; until: Date; closedOn: string }
  | { state: 'closed'; closedOn: string };

export type RoundTiming = {
  status: RoundStatus;
  opensOn: string;
  closesOn: string;
  /** The instant the round's closing day ends (midnight in the Netherlands). */
  closesAt: Date;
  /** When a researcher closed it by hand, if so. */
  closedAt: Date | null;
};

/** Default grace period after closing for respondents who were answering. */
export const DEFAULT_GRACE_MINUTES = 60;

/**
 * Whether a respondent may answer through a round's link: the round must be open and `today` (the Dutch calendar
 * day of `now`) within its dates. After closing, by date or by hand, a grace period lets people who were answering
 * finish. Dates are `YYYY-MM-DD`, so string order is date order.
 */
export function linkAvailability(
  round: RoundTiming,
  now: { today: string; at: Date },
  graceMinutes = DEFAULT_GRACE_MINUTES,
): LinkAvailability {
  const graceFrom = (closed: Date, closedOn: string): LinkAvailability => {
    const until = new Date(closed.getTime() + graceMinutes * 60_000);
    return now.at < until ? { state: 'grace', until, closedOn } : { state: 'closed', closedOn };
  };
  switch (round.status) {
    case 'draft':
      return { state: 'not_open', opensOn: round.opensOn };
    case 'reported':
      return { state: 'closed', closedOn: round.closesOn };
    case 'closed': {
      const closed = round.closedAt ?? round.closesAt;
      return graceFrom(closed, round.closedAt ? isoDay(now.today, closed, now.at) : round.closesOn);
    }
    case 'open':
      if (now.today < round.opensOn) return { state: 'not_open', opensOn: round.opensOn };
      if (now.at >= round.closesAt) return graceFrom(round.closesAt, round.closesOn);
      return { state: 'open' };
  }
}

// A hand-closed round was closed "today" unless the close lies more than a day back; good enough for a message.
function isoDay(today: string, closed: Date, at: Date): string {
  return at.getTime() - closed.getTime() < 86_400_000 ? today : closed.toISOString().slice(0, 10);
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
