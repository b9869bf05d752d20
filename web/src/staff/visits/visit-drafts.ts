import { type SaveVisit, SaveVisitSchema } from '@driehoek/shared';

/** A visit as kept on this device until the server has it; keyed by the visit id the client chose. */
export type VisitDraft = SaveVisit & { id: string; unsynced: boolean };

const prefix = 'driehoek.visit.';

export const visitDrafts = {
  load(id: string): VisitDraft | undefined {
    try {
      const raw = localStorage.getItem(prefix + id);
      if (!raw) return undefined;
      const value = JSON.parse(raw) as Partial<VisitDraft>;
      const parsed = SaveVisitSchema.safeParse(value);
      return parsed.success ? { ...parsed.data, id, unsynced: value.unsynced === true } : undefined;
    } catch {
      return undefined;
    }
  },
  save(draft: VisitDraft) {
    try {
      localStorage.setItem(prefix + draft.id, JSON.stringify(draft));
    } catch {
      // A full or blocked storage only loses the local copy; the save to the server goes on.
    }
  },
  clear(id: string) {
    localStorage.removeItem(prefix + id);
  },
  /** Drafts of a round that the server has not confirmed, e.g. typed offline or on a dropped connection. */
  unsyncedOf(roundId: string): VisitDraft[] {
    const drafts: VisitDraft[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const draft = visitDrafts.load(key.slice(prefix.length));
      if (draft?.roundId === roundId && draft.unsynced) drafts.push(draft);
    }
    return drafts;
  },
};
