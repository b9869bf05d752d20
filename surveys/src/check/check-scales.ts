import { type InstrumentFile, listQuestions, type ScanModel } from '@driehoek/shared';
import { textIn } from '../localised';
import { choicesOf, surveyElements } from '../survey-elements';
import type { Problem } from './problem';

/** How many scored options (besides "don't know") each answer scale has. */
const OPTIONS_PER_SCALE = { levels: 3, frequency: 4, share: 4, faces: 3 } as const;

/** Perspectives whose options may not betray an agreement or satisfaction scale (children have faces). */
const NO_AGREEMENT: ReadonlyArray<InstrumentFile['perspective']> = ['parents', 'professionals'];

/** Whether `text` contains `phrase` as whole words, ignoring case ("mee eens" in "Helemaal mee eens"). */
export function containsWords(text: string, phrase: string): boolean {
  const escaped = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text);
}

/**
 * The answer-scale rules of scan model v2 on scored items: every scored item names a `scale` the model allows for
 * its perspective and has the options that scale has (three levels, four frequencies or shares, three faces, each
 * with an optional "don't know"); frequency options use the model's frequency labels; and no option of a scored
 * parents' or professionals' item contains a word of an agreement or satisfaction scale. A model without these
 * fields (v1) sets none of these rules.
 */
export function checkScales(file: string, instrument: InstrumentFile, model: ScanModel): Problem[] {
  const problems: Problem[] = [];
  const { allowedScales, agreementWords, frequencyLabels } = model.authoring;
  const allowed = allowedScales?.[instrument.perspective];
  const words = NO_AGREEMENT.includes(instrument.perspective) ? (agreementWords ?? []) : [];
  const questions = new Map(listQuestions(instrument.survey).map((q) => [q.name, q]));
  const elements = new Map(surveyElements(instrument.survey).map((p) => [p.name, p.element]));
  const dk = model.answerScales.dontKnowValue;
  for (const [name, meta] of Object.entries(instrument.items)) {
    if (meta.kind !== 'scored') continue;
    const element = elements.get(name);
    const choices = element ? choicesOf(element) : [];
    for (const choice of choices) {
      const text = textIn(choice.text, 'nl');
      const word = words.find((w) => containsWords(text, w));
      if (word)
        problems.push({
          file,
          at: `${name} › choices[value=${String(choice.value)}]`,
          message: `"${text}" contains "${word}": an agreement or satisfaction scale measures the wrong thing; use options that each describe a level, or a frequency`,
        });
    }
    if (!allowed) continue;
    if (!meta.scale) {
      problems.push({ file, at: name, message: `scored item has no scale; one of ${allowed.join(', ')}` });
      continue;
    }
    if (!allowed.includes(meta.scale)) {
      problems.push({
        file,
        at: name,
        message: `scale ${meta.scale} is not allowed for ${instrument.perspective}; one of ${allowed.join(', ')}`,
      });
      continue;
    }
    const scored = (questions.get(name)?.values ?? []).map(String).filter((v) => v !== dk);
    const expected = OPTIONS_PER_SCALE[meta.scale];
    if (scored.length !== expected)
      problems.push({
        file,
        at: name,
        message: `a ${meta.scale} scale has ${expected} options besides "don't know", not ${scored.length}`,
      });
    if (meta.scale === 'frequency' && frequencyLabels) {
      const texts = choices.filter((c) => String(c.value) !== dk).map((c) => textIn(c.text, 'nl'));
      if (texts.join(' / ') !== frequencyLabels.join(' / '))
        problems.push({
          file,
          at: name,
          message: `frequency options must read ${frequencyLabels.join(' / ')}, not ${texts.join(' / ')}`,
        });
    }
  }
  return problems;
}
