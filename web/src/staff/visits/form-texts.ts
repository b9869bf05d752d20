/** Dutch text of a SurveyJS string: the "default" of a localised object, or the string itself. */
const dutch = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && typeof (value as { default?: unknown }).default === 'string'
      ? (value as { default: string }).default
      : '';

type Element = { name?: unknown; title?: unknown; choices?: unknown; elements?: unknown };

function find(elements: unknown, name: string): Element | undefined {
  if (!Array.isArray(elements)) return undefined;
  for (const el of elements as Element[]) {
    if (el?.name === name) return el;
    const inside = find(el?.elements, name);
    if (inside) return inside;
  }
  return undefined;
}

/** A question of a form as the settle screen shows it: its Dutch title and option labels by value. */
export function questionTexts(survey: Record<string, unknown>, name: string) {
  const pages = Array.isArray(survey.pages) ? (survey.pages as Element[]) : [{ elements: survey.elements }];
  const el = pages.map((p) => find(p.elements, name)).find((e) => e !== undefined);
  const choices = Array.isArray(el?.choices) ? (el.choices as Array<{ value?: unknown; text?: unknown }>) : [];
  return {
    title: dutch(el?.title) || name,
    options: choices.map((c) => ({ value: String(c.value), label: dutch(c.text) || String(c.value) })),
  };
}
