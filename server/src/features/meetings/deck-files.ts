import type { MeetingDeck } from '@driehoek/shared';
import { renderPdf } from '../../platform/pdf';
import { renderDeckHtml } from './deck-html';
import { renderDeckPptx } from './deck-pptx';
import type { PublishedDeck } from './published-deck';
import { type Figure, triangleFigure } from './triangle-figure';
import { figureSvg } from './triangle-svg';

/** The triangle picture of a deck: the one picture the server draws, the same in every output. */
export function deckFigure({ deck, model }: Pick<PublishedDeck, 'deck' | 'model'>): Figure {
  const block = deck.slides.flatMap((s) => s.blocks).find((b) => b.type === 'triangle');
  return block?.type === 'triangle'
    ? triangleFigure(block.rows, block.perspectives, model)
    : triangleFigure([], [], model);
}

/** The deck as the presentation in the browser reads it. */
export function deckJson(published: PublishedDeck, pdfAvailable: boolean): MeetingDeck {
  return { deck: published.deck, pictures: { triangle: figureSvg(deckFigure(published)) }, pdfAvailable };
}

export const deckPptx = (published: PublishedDeck): Promise<Uint8Array> =>
  renderDeckPptx(published.deck, deckFigure(published));

/** A slide per page at the slides' own size (the document's `@page`), through Chromium. */
export async function deckPdf(published: PublishedDeck, chromiumPath: string): Promise<Uint8Array> {
  return renderPdf(await renderDeckHtml(published.deck, deckFigure(published)), chromiumPath, { pageSize: 'css' });
}
