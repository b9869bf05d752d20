import type { InstrumentFile } from '@driehoek/shared';
import type { Problem } from './problem';

type Parsed = { file: string; instrument: InstrumentFile };

/**
 * Versions of a key run 1, 2, 3 … and keep their perspective; from version 2 on every concept either existed in
 * the previous version or is mapped in `conceptMap` (to the old concept it continues, or to null when new).
 */
export function checkVersions(parsed: ReadonlyArray<Parsed>): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, Parsed[]>();
  for (const p of parsed) byKey.set(p.instrument.key, [...(byKey.get(p.instrument.key) ?? []), p]);
  for (const [key, list] of byKey) {
    const sorted = [...list].sort((a, b) => a.instrument.version - b.instrument.version);
    sorted.forEach((p, i) => {
      const { file, instrument } = p;
      if (instrument.version !== i + 1)
        problems.push({
          file,
          message: `${key} versions must run 1, 2, 3 …; found v${instrument.version} at position ${i + 1}`,
        });
      const previous = sorted[i - 1]?.instrument;
      if (!previous) {
        if (instrument.conceptMap)
          problems.push({ file, at: 'conceptMap', message: 'a first version has no concept map' });
        return;
      }
      if (previous.perspective !== instrument.perspective)
        problems.push({
          file,
          at: 'perspective',
          message: `changed from ${previous.perspective}; a new perspective is a new key`,
        });
      const before = new Set(Object.values(previous.items).map((m) => m.concept));
      const now = new Set(Object.values(instrument.items).map((m) => m.concept));
      const map = instrument.conceptMap ?? {};
      for (const concept of now)
        if (!before.has(concept) && !(concept in map))
          problems.push({
            file,
            at: concept,
            message: `concept is not in v${previous.version}: map it in conceptMap to the concept it continues, or to null when it is new`,
          });
      for (const [concept, old] of Object.entries(map)) {
        if (!now.has(concept))
          problems.push({ file, at: `conceptMap › ${concept}`, message: 'maps a concept this version does not have' });
        if (old !== null && !before.has(old))
          problems.push({
            file,
            at: `conceptMap › ${concept}`,
            message: `maps to ${old}, which v${previous.version} does not have`,
          });
      }
    });
  }
  return problems;
}
