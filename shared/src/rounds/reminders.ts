import type { Audience } from '../contracts/common';
import type { RoundStatus } from './link-availability';

/** A reminder is worth sending in the last week a round is open. */
export const REMINDER_DAYS_BEFORE_CLOSING = 7;

export type ReminderInput = {
  status: RoundStatus;
  opensOn: string;
  closesOn: string;
  audiences: ReadonlyArray<{ audience: Audience; responseRate: number | null }>;
};

export type ReminderAdvice = {
  /** Say so on the round page: open, in its last week, and some audience below target. */
  due: boolean;
  /** Days from `today` to the closing day: 0 when it closes tonight; null when the round is not open. */
  daysLeft: number | null;
  /** The response rate from which the scan model calls response good (its upper `responseRate` edge). */
  target: number;
  audiences: Array<{ audience: Audience; below: boolean; unknown: boolean }>;
};

/** Whole days from one YYYY-MM-DD to another (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * Whether a round needs a reminder on `today`: it is open, its closing day is at most
 * REMINDER_DAYS_BEFORE_CLOSING days away, and an audience's complete responses over its denominator are below
 * `target` (pass the model's `responseRate.edges[1]`, the rate from which response counts as good). An audience
 * without a denominator is `unknown`, never below: the location's numbers are missing, not the response.
 */
export function reminderAdvice(round: ReminderInput, today: string, target: number): ReminderAdvice {
  const open = round.status === 'open' && round.opensOn <= today && today <= round.closesOn;
  const daysLeft = open ? daysBetween(today, round.closesOn) : null;
  const audiences = round.audiences.map((a) => ({
    audience: a.audience,
    below: a.responseRate !== null && a.responseRate < target,
    unknown: a.responseRate === null,
  }));
  const near = daysLeft !== null && daysLeft <= REMINDER_DAYS_BEFORE_CLOSING;
  return { due: near && audiences.some((a) => a.below), daysLeft, target, audiences };
}
