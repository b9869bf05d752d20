import type { CriterionId } from '../instruments/instrument-file';
import type { NeedsInventory } from '../scoring/report-schema';

/** One option of the parents' needs inventory that points to a criterion: what a goal's team should read first. */
export type ParentNeed = { question: string; label: string; share: number; actions: string[] };

/**
 * The options parents chose that point to `criterion` (from shown inventory items only, so nothing hidden
 * resurfaces), most chosen first. An option nobody chose says nothing and is left out.
 */
export function parentNeedsFor(needs: NeedsInventory | undefined, criterion: CriterionId): ParentNeed[] {
  if (!needs) return [];
  const out: ParentNeed[] = [];
  for (const item of needs.items) {
    if (item.suppressed) continue;
    for (const o of item.options)
      if (o.count > 0 && o.pointsTo?.criteria.includes(criterion))
        out.push({ question: item.title, label: o.label, share: o.share, actions: o.pointsTo.actions });
  }
  return out.sort((a, b) => b.share - a.share || a.label.localeCompare(b.label, 'nl'));
}

/** For each library action the parents' needs name, the needs (labels) that name it, most chosen first. */
export function needsByAction(needs: ReadonlyArray<ParentNeed>): Map<string, ParentNeed[]> {
  const out = new Map<string, ParentNeed[]>();
  for (const need of needs) for (const action of need.actions) out.set(action, [...(out.get(action) ?? []), need]);
  return out;
}
