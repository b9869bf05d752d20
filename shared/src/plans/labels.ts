import type { KnosterCondition, KnosterFailure, TenMinuteRounds } from '../contracts/plans';

export const KNOSTER_CONDITION_LABEL: Record<KnosterCondition, string> = {
  vision: 'Gedeelde visie',
  skills: 'Vaardigheden',
  incentives: 'Motivatie en prikkels',
  resources: 'Middelen',
  actionPlan: 'Actieplan',
};

/** The question the plan form asks per condition. */
export const KNOSTER_CONDITION_QUESTION: Record<KnosterCondition, string> = {
  vision: 'Waarom doen we dit, en delen team, ouders en kinderen dat beeld?',
  skills: 'Wat moeten medewerkers (en ouders) kunnen, en hoe leren ze dat?',
  incentives: 'Wat levert het op voor wie het moet doen? Wat maakt dat ze willen?',
  resources: 'Welke tijd, ruimte, geld of hulp (tolk, maatjes) is er?',
  actionPlan: 'Wie doet wat, wanneer? (Ook vervuld zodra een actie een eigenaar en einddatum heeft.)',
};

export const KNOSTER_FAILURE_LABEL: Record<KnosterFailure, string> = {
  confusion: 'verwarring',
  anxiety: 'angst',
  resistance: 'weerstand',
  frustration: 'frustratie',
  'false-start': 'valse start',
};

export const TEN_MINUTE_LABEL: Record<TenMinuteRounds, string> = {
  yes: 'ja, alle vaste rondes blijven',
  partly: 'deels',
  no: 'nee, ze worden vervangen door afspraken op maat',
};

/** "3 mei 2027" from `2027-05-03`. */
export function dutchDay(isoDate: string): string {
  const months = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return `${d} ${months[m - 1]} ${y}`;
}
