import { type Audience, formatDutchDate, type Locale } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { invitationLine, type LetterFacts, letterTexts } from './letter-texts';

export type PrintableLink = {
  url: string;
  qrSvg: string;
  audience: Audience;
  organisation: string;
  ikc: string;
  location: string;
  closesOn: string;
  locales: ReadonlyArray<Locale>;
  minutes: number;
};

/** An A4 page to print, with the print hint that is not printed. */
export const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <style>
      @page { size: A4; margin: 18mm; }
      body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1a1a1a; line-height: 1.5; max-width: 174mm; margin: 0 auto; padding: 12mm 0; }
      h1 { font-size: 22pt; margin: 0 0 8mm; }
      .qr svg { width: 60mm; height: 60mm; }
      .poster h1 { font-size: 34pt; text-align: center; }
      .poster .qr { text-align: center; } .poster .qr svg { width: 110mm; height: 110mm; }
      .url { font-family: ui-monospace, monospace; font-size: 10pt; word-break: break-all; }
      .langs p { margin: 2mm 0; font-size: 10pt; } [dir=rtl] { text-align: right; }
      .print { margin: 8mm 0; } @media print { .print { display: none; } }
      .message { border: 1px solid #999; border-radius: 2mm; padding: 4mm 6mm; margin: 6mm 0; }
      .next-page { break-before: page; page-break-before: always; }
    </style>
  </head>
  <body>
    <p class="print">Afdrukken: Ctrl+P (Mac: ⌘P), op A4. Deze regel wordt niet afgedrukt.</p>
    ${body}
  </body>
</html>`;

const otherLanguages = (link: PrintableLink) =>
  link.audience === 'parents'
    ? html`<div class="langs">
        ${link.locales
          .filter((l): l is Exclude<Locale, 'nl'> => l !== 'nl')
          .map((l) => html`<p lang="${l}" dir="${l === 'ar' ? 'rtl' : 'ltr'}">${invitationLine[l]}</p>`)}
      </div>`
    : '';

const factsOf = (link: PrintableLink): LetterFacts => ({
  ikc: link.ikc,
  minutes: link.minutes,
  closesOn: formatDutchDate(link.closesOn),
});

/**
 * An A4 letter in Dutch with the QR code and the link, spoken to its audience (see `letterTexts`), and for parents a
 * line in each of the questionnaire's other languages.
 */
export function letterHtml(link: PrintableLink) {
  const text = letterTexts[link.audience];
  const facts = factsOf(link);
  return page(
    `Brief voor ${text.title} — ${link.location}`,
    html`<main>
      <p>${link.organisation} · ${link.ikc} · ${link.location}</p>
      <h1>${text.heading(facts)}</h1>
      <p>${text.greeting}</p>
      ${text.body(facts).map((paragraph) => html`<p>${paragraph}</p>`)}
      <p>${text.scan}</p>
      <div class="qr">${raw(link.qrSvg)}</div>
      <p class="url">${link.url}</p>
      <p>${text.thanks}</p>
      ${
        text.aside
          ? html`<section>
              <h2>${text.aside.heading}</h2>
              ${text.aside.body(facts).map((paragraph) => html`<p>${paragraph}</p>`)}
            </section>`
          : ''
      }
      ${otherLanguages(link)}
    </main>`,
  );
}

/** An A4 poster: a large QR code for the school gate, the hall or the staff room. */
export function posterHtml(link: PrintableLink) {
  const text = letterTexts[link.audience];
  const facts = factsOf(link);
  return page(
    `Poster voor ${text.title} — ${link.location}`,
    html`<main class="poster">
      <h1>${text.posterHeading(facts)}</h1>
      <p style="text-align:center;font-size:16pt">${text.posterLine(facts)}</p>
      <div class="qr">${raw(link.qrSvg)}</div>
      <p class="url" style="text-align:center">${link.url}</p>
      ${otherLanguages(link)}
    </main>`,
  );
}
