import { isRecord } from './localised';

type Json = Record<string, unknown>;

/** One named element of a SurveyJS definition and the page it sits on. */
export type PlacedElement = { page: Json; pageName: string; element: Json; name: string; type: string };

/** Every named element (questions, html, panels and their contents) in document order. */
export function surveyElements(survey: Json): PlacedElement[] {
  const out: PlacedElement[] = [];
  const pages = Array.isArray(survey.pages) ? survey.pages.filter(isRecord) : [{ elements: survey.elements }];
  for (const page of pages) {
    const pageName = typeof page.name === 'string' ? page.name : '';
    const visit = (elements: unknown) => {
      if (!Array.isArray(elements)) return;
      for (const element of elements) {
        if (!isRecord(element)) continue;
        const name = typeof element.name === 'string' ? element.name : '';
        out.push({ page, pageName, element, name, type: String(element.type ?? '') });
        if (Array.isArray(element.elements)) visit(element.elements);
      }
    };
    visit(page.elements);
  }
  return out;
}

/** A choice as `{ value, text }` whether the JSON wrote it as an object or as a bare value. */
export function choicesOf(element: Json): Array<{ value: unknown; text: unknown }> {
  if (!Array.isArray(element.choices)) return [];
  return element.choices.map((c) => (isRecord(c) ? { value: c.value, text: c.text } : { value: c, text: undefined }));
}
