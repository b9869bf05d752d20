import { isCalendarDate } from '../contracts/common';
import type { QuestionShape } from './survey-questions';

/** Longest free text we accept when the questionnaire sets no `maxLength`. */
export const DEFAULT_TEXT_LIMIT = 4000;

export type AnswerProblem = { field: string; message: string };

/** A short quote of a refused value; lists and objects by kind only (their text can be huge or nested deep). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object' && value !== null) return 'een object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Serialised length, or Infinity when the value cannot be serialised (nested too deep for the stack). */
function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function checkOne(q: QuestionShape, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (q.values) {
    if (q.multiple) {
      if (!Array.isArray(value)) return 'verwacht een lijst met keuzes';
      if (value.length > q.values.length) return 'te veel keuzes';
      const bad = value.find((v) => !q.values?.includes(v as string | number | boolean));
      return bad === undefined ? undefined : `keuze ${describe(bad)} wordt bij deze vraag niet aangeboden`;
    }
    return q.values.includes(value as string | number | boolean)
      ? undefined
      : `keuze ${describe(value)} wordt bij deze vraag niet aangeboden`;
  }
  if (q.type === 'text' && q.inputType === 'number') {
    const n = typeof value === 'number' ? value : Number.NaN;
    if (!Number.isFinite(n)) return 'verwacht een getal';
    if (q.min !== undefined && n < q.min) return `getal is kleiner dan ${q.min}`;
    if (q.max !== undefined && n > q.max) return `getal is groter dan ${q.max}`;
    return undefined;
  }
  if (q.type === 'text' || q.type === 'comment') {
    if (typeof value !== 'string') return 'verwacht tekst';
    const formatProblem = q.type === 'text' ? inputFormatProblem(q.inputType, value) : undefined;
    if (formatProblem) return formatProblem;
    const limit = q.maxLength ?? DEFAULT_TEXT_LIMIT;
    return value.length > limit ? `tekst is langer dan ${limit} tekens` : undefined;
  }
  // Question types without a specific rule still may not carry huge or nested payloads.
  return sizeOf(value) > DEFAULT_TEXT_LIMIT ? 'antwoord is te groot' : undefined;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** What the browser's date and time inputs produce; anything else was not typed into that input. */
function inputFormatProblem(inputType: string | undefined, value: string): string | undefined {
  if (value === '') return undefined;
  switch (inputType) {
    case 'date':
      return isCalendarDate(value) ? undefined : 'verwacht een bestaande datum als JJJJ-MM-DD';
    case 'time':
      return TIME.test(value) ? undefined : 'verwacht een tijd als UU:MM (00:00 tot 23:59)';
    case 'datetime-local': {
      const [date = '', time = ''] = value.split('T');
      return isCalendarDate(date) && TIME.test(time) ? undefined : 'verwacht een datum en tijd als JJJJ-MM-DDTUU:MM';
    }
    default:
      return undefined;
  }
}

// A pinned questionnaire's questions never change; the server checks every submission against the same array.
const indexes = new WeakMap<ReadonlyArray<QuestionShape>, Map<string, QuestionShape>>();
function indexByName(questions: ReadonlyArray<QuestionShape>): Map<string, QuestionShape> {
  let index = indexes.get(questions);
  if (!index) {
    index = new Map(questions.map((q) => [q.name, q]));
    indexes.set(questions, index);
  }
  return index;
}

/**
 * Checks answers against the questions of the pinned questionnaire version. Returns the first problem, naming the
 * question, or undefined when every answer fits. SurveyJS stores "other" comments as `<name>-Comment`; that key is
 * accepted only for a question with a comment box.
 */
export function findAnswerProblem(
  questions: ReadonlyArray<QuestionShape>,
  answers: Record<string, unknown>,
): AnswerProblem | undefined {
  const byName = indexByName(questions);
  for (const name of Object.keys(answers)) {
    const value = answers[name];
    const commentOf = name.endsWith('-Comment') ? byName.get(name.slice(0, -'-Comment'.length)) : undefined;
    if (commentOf && !commentOf.hasComment) {
      return { field: name, message: `${name}: deze vraag heeft geen toelichtingsveld` };
    }
    if (commentOf) {
      if (typeof value !== 'string') return { field: name, message: `${name}: verwacht tekst` };
      if (value.length > DEFAULT_TEXT_LIMIT)
        return { field: name, message: `${name}: tekst is langer dan ${DEFAULT_TEXT_LIMIT} tekens` };
      continue;
    }
    const q = byName.get(name);
    if (!q) return { field: name, message: `${name}: deze vraag bestaat niet in deze vragenlijst` };
    const problem = checkOne(q, value);
    if (problem) return { field: name, message: `${name}: ${problem}` };
  }
  return undefined;
}
