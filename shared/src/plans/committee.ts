import type { DecisionOutcome, PlanDecision } from '../contracts/plans';
import { DECISION_OUTCOME_NL } from '../vocabulary';
import { dutchDay } from './labels';

/** The highest amount a decision records: € 10 million, far above any IKC subsidy, well inside an int column. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

/**
 * What is wrong with a committee decision as a whole, or null. A refusal or a request to revise without a reason
 * leaves the IKC guessing what to change; an amount beside "niet toegekend" reads as money granted.
 */
export function decisionProblem(d: {
  outcome: DecisionOutcome;
  reason: string;
  amountCents: number | null;
}): { field: 'reason' | 'amountCents'; message: string } | null {
  if (d.outcome !== 'granted' && d.reason.trim() === '')
    return { field: 'reason', message: `geef een reden bij "${DECISION_OUTCOME_NL[d.outcome]}"` };
  if (d.outcome !== 'granted' && d.amountCents !== null)
    return { field: 'amountCents', message: 'een bedrag hoort alleen bij "toegekend"' };
  return null;
}

/**
 * Reads an amount as a Dutch user types it ("12.500", "12500", "€ 12.500,50", "12.500,-") into cents; '' is no
 * amount (null), anything else unreadable is 'invalid'. A dot is a thousands separator and the comma the decimal one,
 * as on every Dutch invoice; "12.5" is therefore refused rather than guessed.
 */
export function parseEuros(text: string): number | null | 'invalid' {
  const t = text.replace(/[€\s\u00a0]/g, '').replace(/,-$/, '');
  if (t === '') return null;
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(t);
  if (!match) return 'invalid';
  const euros = Number((match[1] ?? '').replaceAll('.', ''));
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return total > 0 && total <= MAX_AMOUNT_CENTS ? total : 'invalid';
}

/** "€ 12.500" or "€ 12.500,50": whole euros without ",00", the way a committee letter writes them. */
export function formatEuros(cents: number): string {
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = cents % 100;
  return `€ ${euros}${rest === 0 ? '' : `,${rest.toString().padStart(2, '0')}`}`;
}

/** "Toegekend: € 12.500" or "Aanpassing gevraagd": the outcome with its amount, for a cell or a heading. */
export function decisionOutcomeText(d: Pick<PlanDecision, 'outcome' | 'amountCents'>): string {
  const outcome = DECISION_OUTCOME_NL[d.outcome];
  const label = outcome.charAt(0).toUpperCase() + outcome.slice(1);
  return d.amountCents === null ? label : `${label}: ${formatEuros(d.amountCents)}`;
}

/** "Subsidieaanvraag 2027 — toegekend: € 12.500 (besluit van 3 maart 2027)": one line for overviews and exports. */
export function decisionLine(d: Pick<PlanDecision, 'subject' | 'outcome' | 'amountCents' | 'decidedOn'>): string {
  const outcome = decisionOutcomeText(d);
  return `${d.subject} — ${outcome.charAt(0).toLowerCase()}${outcome.slice(1)} (besluit van ${dutchDay(d.decidedOn)})`;
}
