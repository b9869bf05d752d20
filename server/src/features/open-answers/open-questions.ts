import { type InstrumentFile, listQuestions } from '@driehoek/shared';
import { type InstrumentCatalog, plainText, textIn } from '@driehoek/surveys';

export type OpenQuestion = { name: string; title: string };

/** The Dutch title of a named element anywhere in a SurveyJS definition, tags stripped; the name when it has none. */
export function questionTitle(survey: Record<string, unknown>, name: string): string {
  const find = (elements: unknown): unknown => {
    if (!Array.isArray(elements)) return undefined;
    for (const el of elements as Record<string, unknown>[]) {
      if (el?.name === name) return el.title;
      const inner = find(el?.elements);
      if (inner !== undefined) return inner;
    }
    return undefined;
  };
  const pages = Array.isArray(survey.pages) ? (survey.pages as Record<string, unknown>[]) : [];
  for (const page of pages) {
    const title = find(page.elements);
    if (title !== undefined) return plainText(textIn(title, 'nl')) || name;
  }
  return name;
}

/** An instrument's open questions: items marked `open`, else free-text questions without metadata. */
export function openQuestions(instrument: InstrumentFile): OpenQuestion[] {
  return listQuestions(instrument.survey)
    .filter((q) => {
      const kind = (instrument.items[q.name] as { kind?: string } | undefined)?.kind;
      return kind ? kind === 'open' : q.type === 'comment';
    })
    .map((q) => ({ name: q.name, title: questionTitle(instrument.survey, q.name) }));
}

export const openQuestionNames = (instrument: InstrumentFile): string[] => openQuestions(instrument).map((q) => q.name);

export function openQuestionIndex(catalog: InstrumentCatalog): Map<string, OpenQuestion[]> {
  return new Map(catalog.all.map((f) => [`${f.key}@${f.version}`, openQuestions(f)]));
}
