import type { Audience, InstrumentFile, ItemKind, OptionScore } from '@driehoek/shared';
import { codebookRows } from '@driehoek/surveys';

/** One question of a pinned instrument as an export column. */
export type QuestionColumn = {
  /** Variable name, valid in SPSS: `<instrument>_<question>` with anything but letters, digits and _ made _. */
  variable: string;
  audience: Audience;
  instrument: string;
  version: number;
  question: string;
  kind: ItemKind;
  concept: string;
  criterion: string;
  /** Dutch question text. */
  text: string;
  /** Answer options in questionnaire order; empty for open and numeric questions. */
  options: Array<{ value: string; label: string; score: OptionScore | null }>;
};

const variableName = (instrument: string, question: string): string =>
  `${instrument}_${question}`
    .replace(/[^A-Za-z0-9_]/g, '_')
    .replace(/^[^A-Za-z]/, 'v$&')
    .slice(0, 64);

/** The columns of every question of the given pinned instruments, in questionnaire order. */
export function questionColumns(pins: ReadonlyArray<{ audience: Audience; file: InstrumentFile }>): QuestionColumn[] {
  const columns: QuestionColumn[] = [];
  for (const { audience, file } of pins) {
    const byQuestion = new Map<string, QuestionColumn>();
    for (const row of codebookRows(file)) {
      let column = byQuestion.get(row.question);
      if (!column) {
        const meta = file.items[row.question];
        column = {
          variable: variableName(file.key, row.question),
          audience,
          instrument: file.key,
          version: file.version,
          question: row.question,
          kind: meta?.kind ?? 'background',
          concept: row.concept,
          criterion: row.criterion,
          text: row.questionNl,
          options: [],
        };
        byQuestion.set(row.question, column);
        columns.push(column);
      }
      if (row.optionValue !== '') {
        const score = file.items[row.question]?.scoring?.[row.optionValue];
        column.options.push({ value: row.optionValue, label: row.optionNl, score: score ?? null });
      }
    }
  }
  return columns;
}

/** The columns before the questions; never the response id, a time of day or anything else that identifies. */
/** The columns before the questions; `excluded` is 1 for a response the researcher excluded from scoring, else 0. */
export const FIXED_COLUMNS = ['respondent', 'audience', 'instrument', 'version', 'locale', 'date', 'excluded'] as const;

/** An answer as it goes into a cell: lists joined by commas, open answers only when reviewed and shareable. */
export function answerCell(
  column: QuestionColumn,
  answers: Record<string, unknown>,
  shareable: Record<string, string>,
): string | number | null {
  if (column.kind === 'open') return shareable[column.question] ?? null;
  const value = answers[column.question];
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String).join(',');
  return JSON.stringify(value);
}
