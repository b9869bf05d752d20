import { Serializer } from 'survey-core';
import { isRecord } from '../localised';

/** A value of a localisable SurveyJS property and where it sits, e.g. `p_c5_agenda › choices[value=2] › text`. */
export type LocalisableValue = { at: string; value: unknown };

/** Named elements stand for themselves; nameless ones (choices, validators) are placed under their parent. */
function label(item: Record<string, unknown>, parent: string, key: string, index: number): string {
  if (typeof item.name === 'string') return item.type === undefined ? `page ${item.name}` : item.name;
  const own = 'value' in item ? `${key}[value=${String(item.value)}]` : `${key}[${index}]`;
  return parent === 'survey' ? own : `${parent} › ${own}`;
}

/**
 * Every localisable string in a SurveyJS definition (titles, descriptions, choice texts, html, page titles,
 * completedHtml …), found through survey-core's own property metadata so no property kind is forgotten.
 */
export function collectLocalisable(survey: Record<string, unknown>): LocalisableValue[] {
  const out: LocalisableValue[] = [];
  const visit = (obj: Record<string, unknown>, className: string, at: string) => {
    for (const [key, value] of Object.entries(obj)) {
      const prop = Serializer.findProperty(className, key);
      if (!prop) continue;
      if (prop.isLocalizable) {
        out.push({ at: `${at} › ${key}`, value });
        continue;
      }
      const declared = prop.className || (prop.type.endsWith('[]') ? prop.type.slice(0, -2) : '');
      const classOf = (item: Record<string, unknown>) => {
        if (typeof item.type !== 'string') return declared;
        return declared.endsWith('validator') ? `${item.type}validator` : item.type;
      };
      if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (isRecord(item)) visit(item, classOf(item), label(item, at, key, i));
        });
      } else if (isRecord(value) && declared) {
        visit(value, classOf(value), `${at} › ${key}`);
      }
    }
  };
  visit(survey, 'survey', 'survey');
  return out;
}
