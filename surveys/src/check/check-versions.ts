import type { InstrumentFile } from '@driehoek/shared';
import { textIn } from '../localised';
import { choicesOf, surveyElements } from '../survey-elements';
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
      problems.push(...checkChangeNotes(file, previous, instrument));
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

/** What a respondent sees of an item and who is asked it, by concept: Dutch title, options and route. */
function itemSignatures(instrument: InstrumentFile): Map<string, string> {
  const elements = new Map(surveyElements(instrument.survey).map((p) => [p.name, p.element]));
  const out = new Map<string, string>();
  for (const [name, meta] of Object.entries(instrument.items)) {
    const element = elements.get(name) ?? {};
    const options = choicesOf(element).map((c) => `${String(c.value)}=${textIn(c.text, 'nl')}`);
    out.set(
      meta.concept,
      JSON.stringify([textIn(element.title, 'nl'), options, meta.route ?? null, meta.scoring ?? null]),
    );
  }
  return out;
}

/**
 * From version 2 on, `changeNotes` explains every change a round comparison has to quote: a concept mapped to a
 * different previous one, a kept concept whose Dutch wording, options, scoring or route changed, and a previous
 * concept this version drops. Notes name only concepts of this or the previous version.
 */
function checkChangeNotes(file: string, previous: InstrumentFile, instrument: InstrumentFile): Problem[] {
  const problems: Problem[] = [];
  const notes = instrument.changeNotes ?? {};
  const before = itemSignatures(previous);
  const now = itemSignatures(instrument);
  const map = instrument.conceptMap ?? {};
  const continued = new Set(Object.values(map).filter((c): c is string => c !== null));
  const need = (concept: string, why: string) => {
    if (notes[concept] === undefined)
      problems.push({ file, at: `changeNotes › ${concept}`, message: `needs a note: ${why}` });
  };
  for (const [concept, old] of Object.entries(map))
    if (old !== null && old !== concept) need(concept, `it continues ${old} under a new concept`);
  for (const [concept, signature] of now) {
    const old = before.get(concept);
    if (old !== undefined && old !== signature) need(concept, 'its wording, options, scoring or route changed');
  }
  for (const concept of before.keys())
    if (!now.has(concept) && !continued.has(concept)) need(concept, `v${instrument.version} drops it; say why`);
  for (const concept of Object.keys(notes))
    if (!now.has(concept) && !before.has(concept))
      problems.push({ file, at: `changeNotes › ${concept}`, message: 'a note for a concept neither version has' });
  return problems;
}
