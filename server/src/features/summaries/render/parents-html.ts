import type { Locale, NamedCriterion, OwnWords, ParentsSummary } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { PARENTS_CSS } from './styles';

type Html = ReturnType<typeof html>;

export type ParentsPageOptions = {
  summary: ParentsSummary;
  /**
   * `page`: the phone and screen page with the language switcher and the own words in full; `letter`: the one-page
   * A4 letter, own words shortened and the QR code of the public link.
   */
  variant: 'page' | 'letter';
  /** The public link in this language and its QR code; null when the round has no working link. */
  link: { url: string; qrSvg: string } | null;
  /** Where the switcher's link for a language leads (the public page, or the staff preview). */
  languageHref: (locale: Locale) => string;
  /** The researcher's own words cut to this many characters in the letter, so it stays one page. */
  letterLimit?: { summary: number; goal: number; goals: number };
};

const LETTER_LIMIT = { summary: 320, goal: 120, goals: 4 };

/** Cuts at a word boundary with an ellipsis; the full text stays at the link. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const topics = (criteria: NamedCriterion[]): Html | string =>
  criteria.length === 0 ? '' : html`<ul class="topics">${criteria.map((c) => html`<li>${c.name}</li>`)}</ul>`;

const ownWords = (words: OwnWords | null, max: number | null): Html | string =>
  words
    ? html`<p class="lead">${words.lead}</p>
        <blockquote lang="nl"><p>${max === null ? words.text : shorten(words.text, max)}</p></blockquote>`
    : '';

/** The parents' summary as one self-contained HTML document: no script, no external file, `lang` and `dir` set. */
export async function renderParentsHtml(options: ParentsPageOptions): Promise<string> {
  const { summary: s, variant, link, languageHref } = options;
  const limit = variant === 'letter' ? (options.letterLimit ?? LETTER_LIMIT) : null;
  const goals = limit ? s.work.items.slice(0, limit.goals) : s.work.items;
  const switcher =
    variant === 'page'
      ? html`<nav class="languages" aria-label="${s.languages.label}">
          <ul>
            ${s.languages.options.map(
              (o) =>
                html`<li><a href="${languageHref(o.locale)}" lang="${o.locale}" hreflang="${o.locale}"${
                  o.locale === s.locale ? raw(' aria-current="page"') : ''
                }>${o.name}</a></li>`,
            )}
          </ul>
        </nav>`
      : '';
  const note = s.ownWordsNote
    ? html`<p class="note">${s.ownWordsNote}${
        variant === 'page' ? html` <a href="${languageHref('nl')}" lang="nl" hreflang="nl">Nederlands</a>` : ''
      }</p>`
    : '';
  const doc = html`<!doctype html>
<html lang="${s.locale}" dir="${s.dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${s.title} — ${s.place.ikc}</title>
    <style>${raw(PARENTS_CSS)}</style>
  </head>
  <body>
    <header>
      ${switcher}
      <p class="place">${s.place.ikc} · ${s.place.location}</p>
      <h1>${s.title}</h1>
      <p>${s.intro}</p>
    </header>
    <main>
      ${
        s.heard.lines.length > 0
          ? html`<section aria-labelledby="heard">
              <h2 id="heard">${s.heard.heading}</h2>
              ${s.heard.lines.map((line) => html`<p>${line}</p>`)}
            </section>`
          : ''
      }
      <section aria-labelledby="told">
        <h2 id="told">${s.told.heading}</h2>
        ${s.told.groups.map((g) => html`<p class="lead">${g.lead}</p>${topics(g.criteria)}`)}
        ${s.told.empty ? html`<p>${s.told.empty}</p>` : ''}
      </section>
      <section aria-labelledby="well">
        <h2 id="well">${s.well.heading}</h2>
        ${s.well.lead ? html`<p class="lead">${s.well.lead}</p>` : ''} ${topics(s.well.criteria)}
        ${ownWords(s.well.ownWords, limit?.summary ?? null)}
      </section>
      <section aria-labelledby="work">
        <h2 id="work">${s.work.heading}</h2>
        <p class="lead">${s.work.lead}</p>
        ${
          goals.length > 0
            ? html`<ul class="goals">
                ${goals.map(
                  (g) =>
                    html`<li>${g.name}${
                      g.ownWords
                        ? html`<br /><span class="small">${g.ownWords.lead}</span>
                            <span lang="nl">${limit ? shorten(g.ownWords.text, limit.goal) : g.ownWords.text}</span>`
                        : ''
                    }</li>`,
                )}
              </ul>`
            : ''
        }
        ${ownWords(s.work.ownWords, limit?.summary ?? null)}
      </section>
      ${note}
      <section aria-labelledby="take-part">
        <h2 id="take-part">${s.takePart.heading}</h2>
        ${s.takePart.lines.map((line) => html`<p>${line}</p>`)}
      </section>
    </main>
    <footer>
      <div class="qr-block">
        ${link ? html`<div class="qr" role="img" aria-label="${s.qrAlt}">${raw(link.qrSvg)}</div>` : ''}
        <div>
          ${link ? html`<p>${s.online}</p><p class="url">${link.url}</p>` : ''}
          <p class="small">${s.languages.options.map((o, i) => html`${i > 0 ? ' · ' : ''}<span lang="${o.locale}">${o.name}</span>`)}</p>
          <p class="small">${s.privacy}</p>
          <p class="small">${s.basedOn}</p>
        </div>
      </div>
    </footer>
  </body>
</html>`;
  return (await doc).toString();
}
