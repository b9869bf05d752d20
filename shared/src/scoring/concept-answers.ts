import { type InstrumentFile, type ItemMeta, itemAsked, type Perspective } from '../instruments/instrument-file';
import type { ScoringResponse } from './scoring-input';

/** One item as one respondent was asked it: the item's name and metadata in the respondent's version, and the answer. */
export type AskedItem = { file: InstrumentFile; name: string; meta: ItemMeta; answer: unknown };

/**
 * Per concept, the complete responses of a perspective that were asked an item with that concept (routes applied),
 * over all pinned versions, for the items `wanted` picks. Only what is asked counts, so a share's denominator is the
 * respondents who saw the question. A respondent on a version without the concept is not in its list.
 */
export function askedByConcept(
  perspective: Perspective,
  responses: ReadonlyArray<ScoringResponse>,
  instruments: ReadonlyArray<InstrumentFile>,
  wanted: (meta: ItemMeta) => boolean,
): Map<string, AskedItem[]> {
  const files = new Map(
    instruments.filter((f) => f.perspective === perspective).map((f) => [`${f.key}@${f.version}`, f]),
  );
  // Concepts in the order the instruments list them, whatever the order of the responses; never asked: empty.
  const out = new Map<string, AskedItem[]>();
  for (const file of files.values())
    for (const meta of Object.values(file.items)) if (wanted(meta) && !out.has(meta.concept)) out.set(meta.concept, []);
  for (const r of responses) {
    const file = files.get(`${r.instrument.key}@${r.instrument.version}`);
    if (!file || r.status !== 'complete' || r.perspective !== perspective) continue;
    for (const [name, meta] of Object.entries(file.items)) {
      if (!wanted(meta) || !itemAsked(file, name, r.answers)) continue;
      const list = out.get(meta.concept) ?? [];
      list.push({ file, name, meta, answer: r.answers[name] });
      out.set(meta.concept, list);
    }
  }
  return out;
}
