import type { InstrumentFile, Perspective } from '@driehoek/shared';
import { codebookRows, plainText, textIn } from '@driehoek/surveys';

export type ItemText = {
  /** The question as a Dutch respondent read it. */
  title: string;
  /** Dutch option labels by option value (as a string). */
  options: Map<string, string>;
};

/** Dutch question and option texts of the instruments a report scored, looked up by instrument or perspective. */
export type ItemTexts = {
  byInstrument(instrumentKey: string, item: string): ItemText | undefined;
  byPerspective(perspective: Perspective, item: string): ItemText | undefined;
  /** The instrument's title, without a "Mystery guest: " prefix. */
  instrumentTitle(instrumentKey: string): string;
};

export function itemTexts(instruments: ReadonlyArray<InstrumentFile>): ItemTexts {
  const byKey = new Map<string, Map<string, ItemText>>();
  const titles = new Map<string, string>();
  for (const file of instruments) {
    if (byKey.has(file.key)) continue;
    const items = new Map<string, ItemText>();
    for (const row of codebookRows(file)) {
      let text = items.get(row.question);
      if (!text) {
        text = { title: row.questionNl, options: new Map() };
        items.set(row.question, text);
      }
      if (row.optionValue !== '') text.options.set(row.optionValue, row.optionNl);
    }
    byKey.set(file.key, items);
    const title = plainText(textIn(file.survey.title, 'nl')).replace(/^mystery guest:\s*/i, '');
    titles.set(file.key, title ? title.charAt(0).toUpperCase() + title.slice(1) : file.key);
  }
  const perspectiveOf = new Map(instruments.map((f) => [f.key, f.perspective]));
  return {
    byInstrument: (key, item) => byKey.get(key)?.get(item),
    byPerspective(perspective, item) {
      for (const [key, items] of byKey) {
        if (perspectiveOf.get(key) !== perspective) continue;
        const text = items.get(item);
        if (text) return text;
      }
      return undefined;
    },
    instrumentTitle: (key) => titles.get(key) ?? key,
  };
}
