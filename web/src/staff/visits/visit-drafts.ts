import { type SaveVisit, SaveVisitSchema } from '@driehoek/shared';
import { browserStorage, createDraftStore } from '../../lib/offline/draft-store';

/**
 * A visit as kept on this device until the server has it; keyed by the visit id the client chose. `queued`: the
 * observer pressed "Opslaan" and the server has not confirmed it yet, so the form sends it again when it opens.
 */
export type VisitDraft = SaveVisit & { id: string; unsynced: boolean; queued?: boolean };

const drafts = createDraftStore(browserStorage(), {
  prefix: 'driehoek.visit.',
  parse: (value: unknown): Omit<VisitDraft, 'id'> | undefined => {
    const parsed = SaveVisitSchema.safeParse(value);
    if (!parsed.success) return undefined;
    const flags = value as { unsynced?: unknown; queued?: unknown };
    return { ...parsed.data, unsynced: flags.unsynced === true, queued: flags.queued === true };
  },
});

export const visitDrafts = {
  load(id: string): VisitDraft | undefined {
    const draft = drafts.load(id);
    return draft && { ...draft, id };
  },
  save: (draft: VisitDraft) => drafts.save(draft.id, draft),
  clear: (id: string) => drafts.clear(id),
  /** Drafts of a round that the server has not confirmed, e.g. typed offline or on a dropped connection. */
  unsyncedOf(roundId: string): VisitDraft[] {
    return drafts
      .ids()
      .map((id) => visitDrafts.load(id))
      .filter((draft): draft is VisitDraft => draft?.roundId === roundId && draft.unsynced);
  },
};
