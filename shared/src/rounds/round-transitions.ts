import { ROUND_STATUS_NL } from '../vocabulary';
import type { RoundStatus } from './link-availability';

/** What the status buttons may do; publishing and retracting go through the report (they freeze what readers see). */
const allowed: Record<RoundStatus, RoundStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
  reported: [],
};

/** Why a round may not move from one status to another (in Dutch, for the researcher), or undefined when it may. */
export function transitionProblem(from: RoundStatus, to: RoundStatus): string | undefined {
  if (from === to) return `de ronde is al ${statusLabel(to)}`;
  if (to === 'reported') return 'een rapport publiceert u onder Rapport: daar ziet u eerst wat nog te doen is';
  if (from === 'reported') return 'trek eerst de publicatie van het rapport in (onder Rapport), met een reden';
  if (allowed[from].includes(to)) return undefined;
  const options = allowed[from].map(statusLabel).join(' of ');
  return `een ronde die ${statusLabel(from)} is, kan alleen naar ${options}`;
}

/** Which edits a round accepts in a status. Pinned questionnaire versions never change after creation. */
export function editableFields(status: RoundStatus): { opensOn: boolean; closesOn: boolean; visits: boolean } {
  switch (status) {
    case 'draft':
      return { opensOn: true, closesOn: true, visits: true };
    case 'open':
      return { opensOn: false, closesOn: true, visits: true };
    default:
      return { opensOn: false, closesOn: false, visits: false };
  }
}

/** The status as a sentence says it: "de ronde is gesloten". */
export function statusLabel(status: RoundStatus): string {
  return ROUND_STATUS_NL[status];
}
