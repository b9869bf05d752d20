import { type InstrumentFile, listQuestions } from '@driehoek/shared';
import type { InstrumentCatalog } from '@driehoek/surveys';

/** Names of an instrument's open questions: items marked `open`, else free-text questions without metadata. */
export function openQuestionNames(instrument: InstrumentFile): string[] {
  return listQuestions(instrument.survey)
    .filter((q) => {
      const kind = (instrument.items[q.name] as { kind?: string } | undefined)?.kind;
      return kind ? kind === 'open' : q.type === 'comment';
    })
    .map((q) => q.name);
}

export function openQuestionIndex(catalog: InstrumentCatalog): Map<string, string[]> {
  return new Map(catalog.all.map((f) => [`${f.key}@${f.version}`, openQuestionNames(f)]));
}
