import {
  type CriterionId,
  type InstrumentFile,
  itemAsked,
  type OptionScore,
  type Perspective,
  type TickTier,
} from '../instruments/instrument-file';

/** Marks a don't-know answer in the matrix; unanswered (and `ns` or unknown options) are NaN. */
export const DK = -1;

/** One scored item, merged by concept over the pinned versions of a perspective's instruments. */
export type ItemColumn = {
  perspective: Perspective;
  instrumentKey: string;
  item: string;
  concept: string;
  criterion: CriterionId | null;
  tags: ReadonlyArray<string>;
  tier: TickTier | null;
  /** Asked only where a route applies, in some pinned version: not every respondent can answer it. */
  routed: boolean;
  /** Option values and what they score, in the order the (first) instrument lists them. */
  options: Array<{ value: string; score: OptionScore }>;
};

/** Respondents × scored items of one perspective, as levels: the single pass every figure is computed from. */
export type AnswerMatrix = {
  perspective: Perspective;
  columns: ItemColumn[];
  /** cells[column][row]: a level, DK, or NaN. */
  cells: Float64Array[];
  /** counts[column]: option value → how many rows chose it. */
  counts: Array<Map<string, number>>;
  /**
   * notObserved[column]: mystery-guest rows that answered "niet waargenomen". Missing data, so neither a cell nor a
   * count; always 0 for respondent perspectives.
   */
  notObserved: number[];
  rows: number;
};

export type MatrixRow = { instrument: { key: string; version: number }; answers: Record<string, unknown> };

type Slot = { name: string; column: number; scoring: Record<string, OptionScore> };

const instrumentId = (key: string, version: number) => `${key}@${version}`;

/** Items that count towards a score: `scored` items with a scoring map. */
function scoredItems(file: InstrumentFile) {
  return Object.entries(file.items).filter(([, meta]) => meta.kind === 'scored' && meta.scoring !== undefined);
}

function layoutColumns(perspective: Perspective, instruments: ReadonlyArray<InstrumentFile>) {
  const columns: ItemColumn[] = [];
  const byConcept = new Map<string, number>();
  const slots = new Map<string, { file: InstrumentFile; own: Slot[] }>();
  for (const file of instruments) {
    const own: Slot[] = [];
    for (const [name, meta] of scoredItems(file)) {
      const scoring = meta.scoring ?? {};
      let column = byConcept.get(meta.concept);
      if (column === undefined) {
        column = columns.length;
        byConcept.set(meta.concept, column);
        columns.push({
          perspective,
          instrumentKey: file.key,
          item: name,
          concept: meta.concept,
          criterion: meta.criterion ?? null,
          tags: meta.tags,
          tier: meta.tier ?? null,
          routed: meta.route !== undefined,
          options: Object.entries(scoring).map(([value, score]) => ({ value, score })),
        });
      } else {
        const known = columns[column]?.options;
        if (meta.route !== undefined) (columns[column] as ItemColumn).routed = true;
        for (const [value, score] of Object.entries(scoring))
          if (known && !known.some((o) => o.value === value)) known.push({ value, score });
      }
      own.push({ name, column, scoring });
    }
    slots.set(instrumentId(file.key, file.version), { file, own });
  }
  return { columns, slots };
}

/** The option value an answer stands for: SurveyJS stores `1` for the option `"1"`. */
function optionKey(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Reads rows of answers into a matrix of levels. Every row's instrument must be among `instruments` (the versions
 * the round pinned); answers to options the item does not score are left out, and so are items the row was not asked
 * (a route that does not apply to its own answers): a question never put is neither an answer nor a don't-know. On
 * mystery-guest forms the `dk`-scored option is "niet waargenomen" (model `mysteryGuest.tickValues.notObserved`),
 * missing data that is tallied apart.
 */
export function buildAnswerMatrix(
  perspective: Perspective,
  instruments: ReadonlyArray<InstrumentFile>,
  rows: ReadonlyArray<MatrixRow>,
): AnswerMatrix {
  const { columns, slots } = layoutColumns(perspective, instruments);
  const cells = columns.map(() => new Float64Array(rows.length).fill(Number.NaN));
  const counts = columns.map(() => new Map<string, number>());
  const notObserved = columns.map(() => 0);
  const guest = perspective === 'mystery-guest';
  rows.forEach((row, r) => {
    const slot = slots.get(instrumentId(row.instrument.key, row.instrument.version));
    if (!slot)
      throw new Error(
        `${perspective}: instrument ${row.instrument.key} v${row.instrument.version} is not pinned in this round`,
      );
    for (const { name, column, scoring } of slot.own) {
      if (!itemAsked(slot.file, name, row.answers)) continue;
      const key = optionKey(row.answers[name]);
      const score = key === undefined ? undefined : scoring[key];
      if (key === undefined || score === undefined) continue;
      const columnCells = cells[column];
      const columnCounts = counts[column];
      if (!columnCells || !columnCounts) continue;
      if (guest && score === 'dk') {
        notObserved[column] = (notObserved[column] ?? 0) + 1;
        continue;
      }
      columnCounts.set(key, (columnCounts.get(key) ?? 0) + 1);
      if (score === 'dk') columnCells[r] = DK;
      else if (typeof score === 'number') columnCells[r] = score;
    }
  });
  return { perspective, columns, cells, counts, notObserved, rows: rows.length };
}
