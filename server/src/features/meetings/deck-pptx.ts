import { type Deck, type DeckBlock, type Slide as DeckSlide, LEVEL_COLOURS } from '@driehoek/shared';
import PptxGenJS from 'pptxgenjs';
import type { Figure } from './triangle-figure';
import { TEXT_COLOUR } from './triangle-figure';

// LAYOUT_WIDE: 13.33 × 7.5 inch, the 16:9 of every projector in a team room.
const SLIDE = { w: 13.333, h: 7.5 } as const;
const MARGIN = 0.6;
const BODY_W = SLIDE.w - 2 * MARGIN;
const BODY_TOP = 1.45;
const BODY_BOTTOM = SLIDE.h - 0.55;
const FONT = 'Arial';
/** Dutch for PowerPoint's spelling check and for a screen reader reading the file. */
const LANG = 'nl-NL';
const colour = (hex: string) => hex.replace('#', '').toUpperCase();
const INK = colour(TEXT_COLOUR);
const WARNING = { fill: 'FFF3CD', line: 'C99A06' };

type Pptx = InstanceType<typeof PptxGenJS>;
type PptxSlide = ReturnType<Pptx['addSlide']>;

/** Rough height in inches of `text` at `size` points in a box `width` inches wide: enough to stack blocks. */
function textHeight(text: string, size: number, width: number): number {
  const charsPerLine = Math.max(10, Math.floor((width * 72) / (size * 0.52)));
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / charsPerLine)), 0);
  return (lines * size * 1.25) / 72 + 0.1;
}

/** The triangle figure as native shapes, scaled into the box at (x, y) with width w. */
function drawFigure(pptx: Pptx, slide: PptxSlide, figure: Figure, x: number, y: number, w: number): number {
  const k = w / figure.width;
  for (const s of figure.shapes) {
    if (s.kind === 'line') {
      slide.addShape(pptx.ShapeType.line, {
        x: x + s.x1 * k,
        y: y + s.y1 * k,
        w: (s.x2 - s.x1) * k,
        h: (s.y2 - s.y1) * k,
        line: { color: colour(s.stroke), width: 1 },
      });
    } else if (s.kind === 'text') {
      slide.addText(s.text, {
        x: x + s.x * k,
        y: y + s.y * k,
        w: s.w * k,
        h: s.h * k,
        fontFace: FONT,
        lang: LANG,
        fontSize: Math.round(s.size * k * 72 * 10) / 10,
        bold: s.bold ?? false,
        color: INK,
        align: s.align,
        valign: 'middle',
        margin: 0,
      });
    } else {
      const shape = {
        rect: pptx.ShapeType.rect,
        ellipse: pptx.ShapeType.ellipse,
        triangle: pptx.ShapeType.triangle,
        diamond: pptx.ShapeType.diamond,
      }[s.kind];
      slide.addShape(shape, {
        x: x + s.x * k,
        y: y + s.y * k,
        w: s.w * k,
        h: s.h * k,
        fill: { color: colour(s.fill) },
        line: { color: colour(s.fill), width: 0 },
      });
    }
  }
  return figure.height * k;
}

/** Draws one block from `top`; answers the height it took. */
function drawBlock(pptx: Pptx, slide: PptxSlide, block: DeckBlock, top: number, space: number, figure: Figure): number {
  const base = { x: MARGIN, w: BODY_W, fontFace: FONT, lang: LANG, color: INK, valign: 'top' as const, margin: 0.05 };
  switch (block.type) {
    case 'text': {
      const h = textHeight(block.text, 22, BODY_W);
      slide.addText(block.text, { ...base, y: top, h, fontSize: 22 });
      return h;
    }
    case 'warning': {
      const h = textHeight(block.text, 18, BODY_W - 0.4) + 0.2;
      slide.addText(block.text, {
        ...base,
        y: top,
        h,
        fontSize: 18,
        fill: { color: WARNING.fill },
        line: { color: WARNING.line, width: 1.5 },
        margin: 0.15,
      });
      return h;
    }
    case 'points': {
      const need = (pt: number) =>
        block.points.reduce((n, p) => n + textHeight(`${p.title ?? ''}: ${p.text}`, pt, BODY_W - 0.4) + 0.12, 0);
      // The largest size whose estimate fits: PowerPoint does not shrink text written by a program on opening.
      const size = [20, 18, 16, 14, 12].find((pt) => need(pt) <= space) ?? 12;
      const runs = block.points.flatMap((p) => [
        ...(p.title ? [{ text: `${p.title}: `, options: { bold: true, bullet: { indent: 18 } } }] : []),
        { text: p.text, options: { breakLine: true, ...(p.title ? {} : { bullet: { indent: 18 } }) } },
      ]);
      const h = Math.min(space, need(size));
      slide.addText(runs, { ...base, y: top, h, fontSize: size, paraSpaceAfter: 8, fit: 'shrink' });
      return h;
    }
    case 'levels': {
      const w = (BODY_W - 0.4) / block.levels.length;
      const h = 2.6;
      block.levels.forEach((l, i) => {
        slide.addText(
          [
            { text: `${l.level}.0 ${l.name}`, options: { bold: true, fontSize: 24, breakLine: true } },
            { text: l.text, options: { fontSize: 18 } },
          ],
          {
            x: MARGIN + i * (w + 0.2),
            y: top,
            w,
            h,
            fontFace: FONT,
            color: INK,
            valign: 'top',
            margin: 0.15,
            fill: { color: colour(LEVEL_COLOURS[l.level]) },
          },
        );
      });
      return h;
    }
    case 'triangle': {
      const w = Math.min(BODY_W, (space * figure.width) / figure.height);
      return drawFigure(pptx, slide, figure, MARGIN + (BODY_W - w) / 2, top, w);
    }
    case 'forms': {
      const header = ['Basisvorm', 'Wat medewerkers zeggen', 'Hoe ouders het ervaren'].map((text) => ({
        text,
        options: { bold: true, fill: { color: 'E8ECF1' } },
      }));
      const rows = block.rows.map((r) => [
        { text: r.name, options: { bold: true } },
        { text: r.professionals },
        { text: r.parents },
      ]);
      slide.addTable([header, ...rows], {
        x: MARGIN,
        y: top,
        w: BODY_W,
        colW: [2.6, 5.0, BODY_W - 7.6],
        fontFace: FONT,
        fontSize: 16,
        color: INK,
        border: { type: 'solid', pt: 1, color: 'C5CCD6' },
        valign: 'middle',
        margin: 0.08,
      });
      return 0.5 * (rows.length + 1) + 0.2;
    }
  }
}

function drawSlide(pptx: Pptx, deckSlide: DeckSlide, figure: Figure, first: boolean): void {
  const slide = pptx.addSlide();
  if (first) {
    slide.addText(deckSlide.title, {
      x: MARGIN,
      y: 2.2,
      w: BODY_W,
      h: 1.4,
      fontFace: FONT,
      lang: LANG,
      fontSize: 40,
      bold: true,
      color: INK,
    });
  } else {
    slide.addText(deckSlide.title, {
      x: MARGIN,
      y: 0.4,
      w: BODY_W,
      h: 0.9,
      fontFace: FONT,
      lang: LANG,
      fontSize: 32,
      bold: true,
      color: INK,
      valign: 'top',
    });
  }
  let top = first ? 3.7 : BODY_TOP;
  for (const block of deckSlide.blocks) {
    top += drawBlock(pptx, slide, block, top, BODY_BOTTOM - top, figure) + 0.2;
  }
  slide.addNotes(deckSlide.notes.join('\n\n'));
  slide.slideNumber = { x: SLIDE.w - 1.2, y: SLIDE.h - 0.5, w: 0.9, h: 0.3, fontSize: 12, color: '5B6473' };
}

/** The deck as a PowerPoint file: the slides with native text, tables and shapes, presenter notes on every slide. */
export async function renderDeckPptx(deck: Deck, figure: Figure): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = 'Driehoek';
  pptx.company = deck.ikc;
  pptx.subject = 'Terugkoppeling ouderbetrokkenheid';
  deck.slides.forEach((s, i) => {
    drawSlide(pptx, s, figure, i === 0);
  });
  const out = await pptx.write({ outputType: 'nodebuffer' });
  return out as Uint8Array;
}
