type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Dutch text of a localisable SurveyJS string (`{ default, en, … }` or a plain string). */
export function dutchText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  return isObject(raw) && typeof raw.default === 'string' ? raw.default : undefined;
}

/** The SurveyJS element with this name, panels and pages searched. */
export function findQuestion(survey: Json, name: string): Json | undefined {
  const search = (elements: unknown): Json | undefined => {
    if (!Array.isArray(elements)) return undefined;
    for (const el of elements) {
      if (!isObject(el)) continue;
      if (el.name === name && el.type !== 'panel') return el;
      const inner = search(el.elements) ?? search(el.templateElements);
      if (inner) return inner;
    }
    return undefined;
  };
  return search(survey.pages) ?? search(survey.elements);
}

/** A question's Dutch title, without a closing full stop so it can be quoted inside a sentence; the name if none. */
export function questionTitle(survey: Json, name: string): string {
  const title = dutchText(findQuestion(survey, name)?.title) ?? name;
  return title.trim().replace(/\.$/, '');
}

/** A choice question's options as value → Dutch label, in the survey's order. */
export function choiceLabels(survey: Json, name: string): Map<string, string> {
  const choices = findQuestion(survey, name)?.choices;
  const out = new Map<string, string>();
  if (!Array.isArray(choices)) return out;
  for (const c of choices) {
    if (isObject(c)) out.set(String(c.value), dutchText(c.text) ?? String(c.value));
    else out.set(String(c), String(c));
  }
  return out;
}
