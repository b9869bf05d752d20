import type { RetentionState } from '../contracts/lifecycle';

/** The day `days` after `isoDate` (both `YYYY-MM-DD`), counted on the calendar. */
export function addDays(isoDate: string, days: number): string {
  const at = new Date(`${isoDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export type RetentionFacts = {
  /** The Dutch date the round's report was first published; null: never. */
  firstPublishedOn: string | null;
  /** Whether a publication is in force now (the round is reported). */
  inForce: boolean;
  /** When its raw data was deleted; null: it is still there. */
  deletedOn: string | null;
};

/**
 * Where a round stands with a retention period of `days` on `today`. The period runs from the first publication
 * (the report the data was collected for exists from then on; republishing does not start it again), and only while
 * a publication is in force: a retracted report is being worked on again and keeps its data until it is published.
 */
export function retentionOf(
  facts: RetentionFacts,
  days: number | null,
  today: string,
): { state: RetentionState; dueOn: string | null } {
  if (facts.deletedOn) return { state: 'deleted', dueOn: null };
  if (days === null) return { state: 'no-period', dueOn: null };
  if (!facts.inForce || !facts.firstPublishedOn) return { state: 'unpublished', dueOn: null };
  const dueOn = addDays(facts.firstPublishedOn, days);
  return { state: dueOn <= today ? 'due' : 'scheduled', dueOn };
}

const dutchDay = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** What happens to a round's raw data, in one Dutch sentence for the admin screen. */
export function retentionSentence(r: {
  state: RetentionState;
  dueOn: string | null;
  deletedOn: string | null;
}): string {
  switch (r.state) {
    case 'deleted':
      return `Ruwe gegevens verwijderd op ${r.deletedOn ? dutchDay(r.deletedOn) : 'een eerdere dag'}; het gepubliceerde rapport blijft.`;
    case 'due':
      return 'De bewaartermijn is voorbij: de ruwe gegevens worden binnen een minuut verwijderd.';
    case 'scheduled':
      return `Ruwe gegevens worden verwijderd op ${r.dueOn ? dutchDay(r.dueOn) : '—'}.`;
    case 'unpublished':
      return 'Geen rapport gepubliceerd: de gegevens blijven tot het rapport is gepubliceerd (of tot verwijderen op verzoek).';
    case 'no-period':
      return 'Geen bewaartermijn ingesteld: er wordt niets automatisch verwijderd.';
  }
}
