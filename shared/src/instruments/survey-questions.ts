/**
 * Reads the questions out of a SurveyJS JSON definition without loading survey-core, so the server can check
 * answers against the pinned version cheaply.
 */
export type QuestionShape = {
  name: string;
  type: string;
  /** Allowed values for choice-like questions; undefined when any value of the right type goes. */
  values?: ReadonlyArray<string | number | boolean>;
  /** Whether the answer is a list of values (checkbox, tagbox). */
  multiple: boolean;
  maxLength?: number;
  /** Numeric bounds for text inputs of type number. */
  min?: number;
  max?: number;
  inputType?: string;
  /**
   * Whether the question has a comment box (an "other" option or a comment area), whose text SurveyJS stores as
   * `<name>-Comment`. Only such questions may carry that key.
   */
  hasComment?: boolean;
};

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function choiceValues(raw: unknown): Array<string | number> | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.map((c) => (isObject(c) ? (c.value as string | number) : (c as string | number)));
}

function ratingValues(el: Json): Array<number | string> {
  const explicit = choiceValues(el.rateValues);
  if (explicit && explicit.length > 0) return explicit;
  const min = typeof el.rateMin === 'number' ? el.rateMin : 1;
  const max = typeof el.rateMax === 'number' ? el.rateMax : 5;
  const step = typeof el.rateStep === 'number' ? el.rateStep : 1;
  const out: number[] = [];
  for (let v = min; v <= max; v += step) out.push(v);
  return out;
}

function shapeOf(el: Json): QuestionShape | undefined {
  const type = String(el.type ?? '');
  const name = typeof el.name === 'string' ? el.name : undefined;
  if (!name || type === 'html' || type === 'image' || type === 'panel' || type === 'paneldynamic') return undefined;
  const hasComment =
    el.showOtherItem === true || el.hasOther === true || el.showCommentArea === true || el.hasComment === true;
  const base = { name, type, multiple: false, ...(hasComment ? { hasComment } : {}) };
  switch (type) {
    case 'radiogroup':
    case 'dropdown':
    case 'imagepicker':
    case 'buttongroup': {
      const values = choiceValues(el.choices) ?? [];
      const extra: Array<string> = [];
      if (el.showNoneItem === true || el.hasNone === true) extra.push('none');
      if (el.showOtherItem === true || el.hasOther === true) extra.push('other');
      return { ...base, values: [...values, ...extra] };
    }
    case 'checkbox':
    case 'tagbox': {
      const values = choiceValues(el.choices) ?? [];
      const extra: Array<string> = [];
      if (el.showNoneItem === true || el.hasNone === true) extra.push('none');
      if (el.showOtherItem === true || el.hasOther === true) extra.push('other');
      return { ...base, multiple: true, values: [...values, ...extra] };
    }
    case 'rating':
      return { ...base, values: ratingValues(el) };
    case 'boolean':
      return { ...base, values: [true, false] };
    case 'text':
      return {
        ...base,
        inputType: typeof el.inputType === 'string' ? el.inputType : 'text',
        maxLength: typeof el.maxLength === 'number' ? el.maxLength : undefined,
        min: typeof el.min === 'number' ? el.min : undefined,
        max: typeof el.max === 'number' ? el.max : undefined,
      };
    case 'comment':
      return { ...base, maxLength: typeof el.maxLength === 'number' ? el.maxLength : undefined };
    default:
      return base;
  }
}

/** Every answerable question in a SurveyJS definition, in document order, panels flattened. */
export function listQuestions(survey: Json): QuestionShape[] {
  const out: QuestionShape[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const el of elements) {
      if (!isObject(el)) continue;
      if (el.type === 'panel') {
        visit(el.elements);
        continue;
      }
      const shape = shapeOf(el);
      if (shape) out.push(shape);
    }
  };
  const pages = Array.isArray(survey.pages) ? survey.pages : [{ elements: survey.elements }];
  for (const page of pages) if (isObject(page)) visit(page.elements);
  return out;
}
