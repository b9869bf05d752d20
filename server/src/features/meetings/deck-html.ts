import { type Deck, type DeckBlock, levelCssVariables } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import type { Figure } from './triangle-figure';
import { figureSvg } from './triangle-svg';

/** The slide's page: 13.333 × 7.5 inch, the PPTX's wide layout, so both print and project alike. */
export const SLIDE_PAGE = { width: '13.333in', height: '7.5in' } as const;

const CSS = `
:root { ${levelCssVariables()} --ink: #1b1f24; --muted: #5b6473; }
@page { size: ${SLIDE_PAGE.width} ${SLIDE_PAGE.height}; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; color: var(--ink); font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.slide { width: ${SLIDE_PAGE.width}; height: ${SLIDE_PAGE.height}; padding: 0.45in 0.6in 0.6in; position: relative; overflow: hidden; page-break-after: always; break-after: page; }
.slide:last-child { page-break-after: auto; break-after: auto; }
h1 { font-size: 40pt; margin: 1.6in 0 0.3in; }
h2 { font-size: 30pt; margin: 0 0 0.25in; }
p { font-size: 20pt; margin: 0 0 0.15in; line-height: 1.3; }
ul.points { font-size: 19pt; line-height: 1.3; margin: 0; padding-left: 0.35in; }
ul.points li { margin-bottom: 0.12in; }
.levels { display: flex; gap: 0.2in; margin-bottom: 0.25in; }
.levels div { flex: 1; padding: 0.15in; font-size: 17pt; }
.levels strong { display: block; font-size: 22pt; margin-bottom: 0.08in; }
.l1 { background: var(--l1); } .l2 { background: var(--l2); } .l3 { background: var(--l3); }
.warning { background: #fff3cd; border: 2px solid #c99a06; padding: 0.12in 0.18in; font-size: 17pt; margin-top: 0.15in; }
table { border-collapse: collapse; width: 100%; font-size: 15pt; }
th, td { border: 1px solid #c5ccd6; padding: 0.07in 0.1in; text-align: left; vertical-align: top; }
th { background: #e8ecf1; }
figure { margin: 0 auto; height: 5.3in; }
figure svg { width: 100%; height: 100%; }
.counter { position: absolute; right: 0.6in; bottom: 0.25in; font-size: 12pt; color: var(--muted); }
.place { position: absolute; left: 0.6in; bottom: 0.25in; font-size: 12pt; color: var(--muted); }
`;

function block(b: DeckBlock, figure: Figure) {
  switch (b.type) {
    case 'text':
      return html`<p>${b.text}</p>`;
    case 'warning':
      return html`<p class="warning" role="note">${b.text}</p>`;
    case 'points':
      return html`<ul class="points">${b.points.map((p) => html`<li>${p.title ? html`<strong>${p.title}:</strong> ` : ''}${p.text}</li>`)}</ul>`;
    case 'levels':
      return html`<div class="levels">${b.levels.map((l) => html`<div class="l${l.level}"><strong>${l.level}.0 ${l.name}</strong>${l.text}</div>`)}</div>`;
    case 'triangle':
      return html`<figure>${raw(figureSvg(figure))}</figure>`;
    case 'forms':
      return html`<table><thead><tr><th scope="col">Basisvorm</th><th scope="col">Wat medewerkers zeggen</th><th scope="col">Hoe ouders het ervaren</th></tr></thead>
<tbody>${b.rows.map((r) => html`<tr><th scope="row">${r.name}</th><td>${r.professionals}</td><td>${r.parents}</td></tr>`)}</tbody></table>`;
  }
}

/** The deck as one HTML document, a slide per page, for Chromium to print to PDF. Presenter notes stay out. */
export async function renderDeckHtml(deck: Deck, figure: Figure): Promise<string> {
  const total = deck.slides.length;
  const doc = html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8" /><title>${deck.title}</title><style>${raw(CSS)}</style></head>
<body>${deck.slides.map(
    (s, i) => html`<section class="slide" aria-label="Dia ${i + 1} van ${total}">
${i === 0 ? html`<h1>${s.title}</h1>` : html`<h2>${s.title}</h2>`}
${s.blocks.map((b) => block(b, figure))}
<span class="place">${deck.location} · ${deck.ikc}</span><span class="counter">${i + 1} / ${total}</span>
</section>`,
  )}</body></html>`;
  return (await doc).toString();
}
