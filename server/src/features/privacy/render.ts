import {
  isRightToLeft,
  type Locale,
  type OrganisationWords,
  PRIVACY_LOCALES,
  type PrivacyPage,
  type PrivacyTexts,
  privacyStatementPath,
  type Sentence,
} from '@driehoek/shared';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const CSS = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.55; color: #1d2330; }
body { margin: 0; background: #f6f7f9; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
.own { font-style: normal; }
.own-block { white-space: pre-wrap; border-inline-start: 4px solid #c9d3e3; padding: .25rem .75rem; }
.note, .updated { color: #4a5468; font-size: .92rem; }
nav.languages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
a { color: #0b4fa3; }
a[aria-current] { font-weight: 700; color: inherit; text-decoration: none; }
`;

/** The organisation's words: as written, marked with their language, isolated from the text around them. */
const own = (w: OrganisationWords) => html`<bdi class="own" lang="${w.lang}">${w.own}</bdi>`;

const sentence = (s: Sentence) => s.map((part) => (typeof part === 'string' ? part : own(part)));

const doc = (lang: string, dir: string, title: string, body: Html) => html`<!doctype html>
<html lang="${lang}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${title}</title>
    <style>${raw(CSS)}</style>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;

/**
 * The public privacy statement in one language: fixed text in the reader's language, the organisation's own words
 * as written (with `lang` set to the language it wrote in), and links to the same page in the other languages.
 */
export async function renderPrivacyHtml(page: PrivacyPage, privacyId: string): Promise<string> {
  const body = html`
    <nav class="languages" aria-label="${page.languages.label}">
      <ul>
        ${page.languages.options.map(
          (o) =>
            html`<li><a href="${privacyStatementPath(privacyId, o.locale)}" lang="${o.locale}" hreflang="${o.locale}"${
              o.locale === page.locale ? raw(' aria-current="page"') : ''
            }>${o.name}</a></li>`,
        )}
      </ul>
    </nav>
    <h1>${page.title}</h1>
    <p>${sentence(page.intro)}</p>
    ${page.sections.map(
      (s) => html`<section id="${s.id}">
        <h2>${s.heading}</h2>
        ${s.paragraphs.map((p) => html`<p>${sentence(p)}</p>`)}
        ${s.list ? html`<ul>${s.list.map((li) => html`<li>${sentence(li)}</li>`)}</ul>` : ''}
        ${(s.after ?? []).map((p) => html`<p>${sentence(p)}</p>`)}
      </section>`,
    )}
    <section id="contact">
      <h2>${page.contact.heading}</h2>
      <p>${sentence(page.contact.lead)}</p>
      ${page.contact.lines.length > 0 ? html`<address>${page.contact.lines.map((l) => html`${own(l)}<br />`)}</address>` : ''}
      ${
        page.contact.officer
          ? html`<p>${page.contact.officer.lead}<br />${page.contact.officer.lines.map((l) => html`${own(l)}<br />`)}</p>`
          : ''
      }
    </section>
    ${
      page.own
        ? html`<section id="toelichting">
            <h2>${sentence(page.own.heading)}</h2>
            <p class="note">${page.own.note}</p>
            <div class="own-block" lang="${page.own.text.lang}" dir="auto">${page.own.text.own}</div>
          </section>`
        : ''
    }
    <p class="updated">${page.updated}</p>`;
  return (await doc(page.locale, page.dir, page.title, body)).toString();
}

/** An id nobody handed out: said in all six languages, because the reader's language is not known. */
export async function renderUnknownPrivacyHtml(texts: PrivacyTexts): Promise<string> {
  const say = (key: 'unknownTitle' | 'unknownText', l: Locale) => texts.text[key]?.[l] ?? '';
  const body = html`${PRIVACY_LOCALES.map(
    (l) => html`<section lang="${l}" dir="${isRightToLeft(l) ? 'rtl' : 'ltr'}">
      ${l === 'nl' ? html`<h1>${say('unknownTitle', l)}</h1>` : html`<h2>${say('unknownTitle', l)}</h2>`}
      <p>${say('unknownText', l)}</p>
    </section>`,
  )}`;
  return (await doc('nl', 'ltr', say('unknownTitle', 'nl'), body)).toString();
}

/** A day (yyyy-mm-dd) written in the reader's language. */
export const dayIn = (day: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
