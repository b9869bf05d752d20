import {
  capitalised,
  LEVEL_COLOURS,
  type Level,
  levelWord,
  PERSPECTIVE_NL,
  type Perspective,
  type ScanModel,
  type TriangleRow,
} from '@driehoek/shared';
import { PERSPECTIVE_COLOUR } from '../reports/render/charts';

/**
 * The triangle picture as plain shapes in one coordinate space, so the SVG (browser, PDF) and the PPTX (native,
 * editable shapes: pptxgenjs cannot turn an SVG into the PNG fallback PowerPoint needs under Node) draw the same.
 */
export type Shape =
  | { kind: 'rect' | 'ellipse' | 'triangle' | 'diamond'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      w: number;
      h: number;
      text: string;
      size: number;
      align: 'left' | 'center' | 'right';
      bold?: boolean;
    };

export type Figure = { width: number; height: number; shapes: Shape[]; description: string };

export const FIGURE = { width: 1200, height: 620 } as const;
const LABEL_W = 370;
const X0 = 380;
const X1 = 1050;
const LEVEL_X = 1080;
const TOP = 50;
const LEGEND_H = 50;
const MARK = 22;
export const TEXT_COLOUR = '#1b1f24';

/** Each perspective has its own form as well as its colour: a mark is never told by colour alone. */
export const MARK_SHAPE: Record<Perspective, 'ellipse' | 'rect' | 'triangle' | 'diamond'> = {
  parents: 'ellipse',
  professionals: 'rect',
  children: 'triangle',
  'mystery-guest': 'diamond',
};

const xOf = (mean: number) => X0 + ((Math.min(3, Math.max(1, mean)) - 1) / 2) * (X1 - X0);

/** Per criterion a row on the 1–3 scale with the level bands behind it, a mark per shown perspective, the level. */
export function triangleFigure(
  rows: ReadonlyArray<TriangleRow>,
  perspectives: ReadonlyArray<Perspective>,
  model: Pick<ScanModel, 'bands' | 'scale'>,
): Figure {
  const shapes: Shape[] = [];
  const rowH = (FIGURE.height - TOP - LEGEND_H) / Math.max(1, rows.length);
  const bottom = TOP + rowH * rows.length;
  const [edge1, edge2] = model.bands.edges;
  const bands: Array<[Level, number, number]> = [
    [1, 1, edge1],
    [2, edge1, edge2],
    [3, edge2, 3],
  ];
  for (const [level, from, to] of bands) {
    shapes.push({
      kind: 'rect',
      x: xOf(from),
      y: TOP,
      w: xOf(to) - xOf(from),
      h: bottom - TOP,
      fill: LEVEL_COLOURS[level],
    });
    shapes.push({
      kind: 'text',
      x: xOf(from),
      y: 4,
      w: xOf(to) - xOf(from),
      h: TOP - 8,
      text: `${level}.0 ${levelWord(model, level)}`,
      size: 15,
      align: 'center',
      bold: true,
    });
  }
  shapes.push({
    kind: 'text',
    x: LEVEL_X,
    y: 4,
    w: FIGURE.width - LEVEL_X,
    h: TOP - 8,
    text: 'niveau',
    size: 17,
    align: 'center',
    bold: true,
  });
  rows.forEach((row, i) => {
    const y = TOP + i * rowH;
    if (i > 0) shapes.push({ kind: 'line', x1: 0, y1: y, x2: FIGURE.width, y2: y, stroke: '#ffffff' });
    shapes.push({
      kind: 'text',
      x: 0,
      y,
      w: LABEL_W,
      h: rowH,
      text: `${row.criterion} ${row.name}`,
      size: 22,
      align: 'left',
    });
    const shown = perspectives.length;
    row.marks.forEach((m) => {
      const k = perspectives.indexOf(m.perspective);
      // Marks at the same mean stay visible: each perspective sits a little higher or lower in the row.
      const dy = shown > 1 ? ((k - (shown - 1) / 2) * (rowH - MARK - 6)) / (shown - 1) : 0;
      shapes.push({
        kind: MARK_SHAPE[m.perspective],
        x: xOf(m.mean) - MARK / 2,
        y: y + rowH / 2 - MARK / 2 + dy,
        w: MARK,
        h: MARK,
        fill: PERSPECTIVE_COLOUR[m.perspective],
      });
    });
    if (row.level !== null)
      shapes.push({ kind: 'rect', x: LEVEL_X + 20, y: y + 8, w: 80, h: rowH - 16, fill: LEVEL_COLOURS[row.level] });
    shapes.push({
      kind: 'text',
      x: LEVEL_X,
      y,
      w: FIGURE.width - LEVEL_X,
      h: rowH,
      text: row.level === null ? 'geen' : `${row.level}.0`,
      size: 22,
      align: 'center',
      bold: row.level !== null,
    });
  });
  let x = X0;
  for (const p of perspectives) {
    shapes.push({ kind: MARK_SHAPE[p], x, y: bottom + 16, w: MARK, h: MARK, fill: PERSPECTIVE_COLOUR[p] });
    shapes.push({
      kind: 'text',
      x: x + MARK + 8,
      y: bottom + 10,
      w: 170,
      h: 34,
      text: capitalised(PERSPECTIVE_NL[p]),
      size: 20,
      align: 'left',
    });
    x += 200;
  }
  return { ...FIGURE, shapes, description: describe(rows, perspectives) };
}

/** The picture in words, for a screen reader and for the PDF's text layer. */
function describe(rows: ReadonlyArray<TriangleRow>, perspectives: ReadonlyArray<Perspective>): string {
  const lines = rows.map((r) => {
    const marks = r.marks.map((m) => `${PERSPECTIVE_NL[m.perspective]} ${m.level}.0`).join(', ');
    return `${r.criterion} ${r.name}: niveau ${r.level === null ? 'geen' : `${r.level}.0`}${marks ? ` (${marks})` : ''}`;
  });
  const who = perspectives.map((p) => PERSPECTIVE_NL[p]).join(', ');
  return `Per criterium hoe ${who || 'niemand'} het zien. ${lines.join('; ')}.`;
}
