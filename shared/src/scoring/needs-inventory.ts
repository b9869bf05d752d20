import type { CriterionId, InstrumentFile, NeedPointer } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { askedByConcept } from './concept-answers';
import type { NeedItem, NeedsInventory } from './report-schema';
import type { ScoringResponse } from './scoring-input';
import { choiceLabels, questionTitle } from './survey-text';

export type NeedsInventoryOptions = {
  /** How many of the most chosen options `topNeeds` lists (ties at the edge included). Default 3. */
  top?: number;
};

/** The values a checkbox answer chose; a single value counts as a one-item list. */
function chosen(answer: unknown): string[] {
  const list = Array.isArray(answer)
    ? answer
    : answer === undefined || answer === null || answer === ''
      ? []
      : [answer];
  return [...new Set(list.filter((v) => typeof v === 'string' || typeof v === 'number').map(String))];
}

/** Adds `choices` to every key it points to, keeping first-seen order for ties. */
function tally<K>(into: Map<K, number>, keys: ReadonlyArray<K>, choices: number) {
  for (const k of keys) into.set(k, (into.get(k) ?? 0) + choices);
}

/** Most choices first; ties in a fixed order (criteria C1…C10, actions by key), never by the order of answers. */
const ranked = <K extends string>(m: Map<K, number>) =>
  [...m].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }));

/**
 * The parents' needs inventory: per item tagged `inventory` (multiple choice), the share of the complete parents who
 * were asked it that chose each option, with n; an item asked of fewer parents than the model's
 * `privacy.minGroupSize` is hidden. From the shown items, the most chosen options and the criteria and library
 * actions their `needFor` pointers name, weighted by how many parents chose them, for the plan's suggestions.
 */
export function needsInventory(
  responses: ReadonlyArray<ScoringResponse>,
  instruments: ReadonlyArray<InstrumentFile>,
  model: Pick<ScanModel, 'privacy'>,
  options: NeedsInventoryOptions = {},
): NeedsInventory {
  const asked = askedByConcept('parents', responses, instruments, (meta) => meta.tags.includes('inventory'));
  const items: NeedItem[] = [];
  const criteria = new Map<CriterionId, number>();
  const actions = new Map<string, number>();
  const all: NeedsInventory['topNeeds'] = [];
  for (const [concept, answers] of asked) {
    const first = instruments.find(
      (f) => f.perspective === 'parents' && Object.values(f.items).some((m) => m.concept === concept),
    );
    const name = first ? Object.keys(first.items).find((n) => first.items[n]?.concept === concept) : undefined;
    if (!first || !name) continue;
    const key = { instrumentKey: first.key, item: name, concept };
    const n = answers.length;
    if (n < model.privacy.minGroupSize) {
      items.push({ suppressed: true, ...key });
      continue;
    }
    const pointers: Record<string, NeedPointer> = first.items[name]?.needFor ?? {};
    const labels = choiceLabels(first.survey, name);
    const counts = new Map<string, number>([...labels.keys(), ...Object.keys(pointers)].map((v) => [v, 0]));
    let answered = 0;
    for (const a of answers) {
      const values = chosen(a.answer);
      if (values.length > 0) answered++;
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const shares = [...counts].map(([value, count]) => ({
      value,
      label: labels.get(value) ?? value,
      count,
      share: count / n,
      pointsTo: pointers[value] ?? null,
    }));
    for (const o of shares) {
      tally(criteria, o.pointsTo?.criteria ?? [], o.count);
      tally(actions, o.pointsTo?.actions ?? [], o.count);
      if (o.count > 0) all.push({ concept, ...o });
    }
    items.push({ suppressed: false, ...key, title: questionTitle(first.survey, name), n, answered, options: shares });
  }
  const top = options.top ?? 3;
  const sorted = [...all].sort((a, b) => b.share - a.share);
  const edge = sorted[top - 1]?.share;
  return {
    items,
    topNeeds: edge === undefined ? sorted : sorted.filter((o) => o.share >= edge),
    pointsTo: {
      criteria: ranked(criteria).map(([criterion, choices]) => ({ criterion, choices })),
      actions: ranked(actions).map(([action, choices]) => ({ action, choices })),
    },
  };
}
