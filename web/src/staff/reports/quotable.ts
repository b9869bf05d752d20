import type { Visit } from '@driehoek/shared';

/** An answer of a visit the researcher may quote: a note or text the observer wrote, or a tick they set. */
export type Quotable = { visitId: string; question: string; kind: 'note' | 'tick'; title: string; text: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Codes the observer fills in for bookkeeping: text, but nothing to quote. */
const BOOKKEEPING = new Set(['mg_rater', 'mg_visit_code']);

const dutch = (text: unknown): string => {
  if (typeof text === 'string') return text;
  if (isObject(text) && typeof text.default === 'string') return text.default;
  return '';
};

function elementsOf(survey: Json): Json[] {
  const out: Json[] = [];
  const walk = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const el of elements) {
      if (!isObject(el)) continue;
      if (el.type === 'panel') walk(el.elements);
      else out.push(el);
    }
  };
  const pages = Array.isArray(survey.pages) ? survey.pages : [{ elements: survey.elements }];
  for (const page of pages) if (isObject(page)) walk(page.elements);
  return out;
}

const choicesOf = (el: Json) => (Array.isArray(el.choices) ? el.choices.filter(isObject) : []);
/** A mystery-guest tick: yes / partly / no / not observed. */
const isTick = (el: Json) => el.type === 'radiogroup' && choicesOf(el).some((c) => c.value === 'partly');
const isWritten = (el: Json) =>
  el.type === 'comment' ||
  (el.type === 'text' && (el.inputType === undefined || el.inputType === 'text') && !BOOKKEEPING.has(String(el.name)));

/** What of one visit can be quoted, in the order of its form: notes and texts first, then the ticks. */
export function quotableAnswers(visit: Pick<Visit, 'id' | 'answers'>, survey: Json): Quotable[] {
  const notes: Quotable[] = [];
  const ticks: Quotable[] = [];
  for (const el of elementsOf(survey)) {
    const name = typeof el.name === 'string' ? el.name : '';
    const value = visit.answers[name];
    if (!name || value === undefined || value === null || value === '') continue;
    const base = { visitId: visit.id, question: name, title: dutch(el.title) || name };
    if (isWritten(el) && typeof value === 'string' && value.trim() !== '') {
      notes.push({ ...base, kind: 'note', text: value });
    } else if (isTick(el)) {
      const choice = choicesOf(el).find((c) => c.value === value);
      ticks.push({ ...base, kind: 'tick', text: choice ? dutch(choice.text) : String(value) });
    }
  }
  return [...notes, ...ticks];
}
