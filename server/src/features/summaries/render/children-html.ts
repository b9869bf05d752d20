import type { ChildrenSummary } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { childIconSvg, faceSvg, SPEAKER_SVG } from './icons';
import { CHILDREN_CSS } from './styles';

export type ChildrenPageOptions = {
  summary: ChildrenSummary;
  /** Where the read-aloud script is served; none for the printed poster. */
  readAloudScript: string | null;
};

/**
 * The children's summary as one HTML document, in Dutch: pictures beside short sentences, a read-aloud button that
 * only appears where the browser can speak (the page reads the same without it), and an A3 landscape poster in print.
 * `data-read` marks what the button reads, in order.
 */
export async function renderChildrenHtml({ summary: s, readAloudScript }: ChildrenPageOptions): Promise<string> {
  const doc = html`<!doctype html>
<html lang="nl" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${s.title} — ${s.place.ikc}</title>
    <style>${raw(CHILDREN_CSS)}</style>
    ${readAloudScript ? html`<script src="${readAloudScript}" defer></script>` : ''}
  </head>
  <body>
    <header>
      <p class="place">${s.place.ikc} · ${s.place.location}</p>
      <h1 data-read>${s.title}</h1>
      <p data-read>${s.intro}</p>
      ${
        readAloudScript
          ? html`<p class="read-aloud">
              <button type="button" id="read-aloud" hidden data-start="${s.readAloud}" data-stop="${s.stopReading}">
                ${raw(SPEAKER_SVG)}<span data-label>${s.readAloud}</span>
              </button>
            </p>`
          : ''
      }
    </header>
    <main class="layout">
      <section aria-labelledby="said" class="said">
        <h2 id="said" data-read>${s.said.heading}</h2>
        ${s.said.message ? html`<p class="message" data-read>${s.said.message}</p>` : ''}
        ${
          s.said.items.length > 0
            ? html`<ul class="cards${s.said.items.length > 8 ? ' many' : ''}">
                ${s.said.items.map(
                  (i) => html`<li class="card">
                    ${raw(childIconSvg(i.icon))}
                    <div>
                      <p class="topic" data-read>${i.topic}</p>
                      <p class="level">${raw(faceSvg(i.level))}<span data-read>${i.sentence}</span></p>
                    </div>
                  </li>`,
                )}
              </ul>`
            : ''
        }
      </section>
      <section aria-labelledby="doing" class="doing">
        <h2 id="doing" data-read>${s.doing.heading}</h2>
        <p data-read>${s.doing.lead}</p>
        ${
          s.doing.items.length > 0
            ? html`<ul class="cards">
                ${s.doing.items.map(
                  (i) =>
                    html`<li class="card">${raw(childIconSvg(i.icon))}<p class="topic" data-read>${i.topic}</p></li>`,
                )}
              </ul>`
            : ''
        }
        <p class="thanks" data-read>${s.thanks}</p>
      </section>
    </main>
  </body>
</html>`;
  return (await doc).toString();
}
