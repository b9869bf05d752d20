import { type Audience, formatDutchDate, type Locale } from '@driehoek/shared';
import { loadPrivacyTexts } from '@driehoek/surveys';
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
  /** The location's address, printed under the sender; null when the structure does not have it. */
  address: string | null;
  /** The day the page is printed (YYYY-MM-DD), the letter's date. */
  printedOn: string;
  /** The organisation's privacy statement (absolute URL): printed on every letter and poster. */
  privacyUrl: string;
};

/**
 * The line that tells a reader where the privacy statement is: in Dutch like the rest of a letter, or in the
 * language of a reminder message, then linking the statement in that language.
 */
export const privacyLine = (link: PrintableLink, locale: Locale = 'nl') => {
  const [before, after] = (loadPrivacyTexts().text.paperLine?.[locale] ?? '{url}').split('{url}');
  const url = locale === 'nl' ? link.privacyUrl : `${link.privacyUrl}/${locale}`;
  return html`<p class="contact privacy">${before}<span class="url" dir="ltr">${url}</span>${after}</p>`;
};

/** An A4 page to print, with the print hint that is not printed. */
export const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <style>
      /* One A4 page each (the reminder kit: two), also in the longest language and with long names: the
         printed-PDF test in printable-pdf.test.ts holds them to it. */
      @page { size: A4; margin: 14mm 16mm; }
      body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1a1a1a; line-height: 1.4; font-size: 10.5pt; max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
      @media print { body { padding: 0; } }
      p { margin: 0 0 2.4mm; }
      h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 5mm; }
      h2 { font-size: 12pt; margin: 4mm 0 1.5mm; }
      .letterhead { display: flex; justify-content: space-between; gap: 8mm; margin-bottom: 7mm; font-size: 9.5pt; }
      .letterhead p { margin: 0; } .letterhead .date { white-space: nowrap; }
      .sender-name { font-weight: 600; }
      .scan { display: flex; gap: 6mm; align-items: center; margin: 4mm 0; break-inside: avoid; }
      .scan p { margin: 0 0 2mm; }
      .qr svg { width: 42mm; height: 42mm; display: block; }
      .signature { margin-top: 4mm; }
      .contact { font-size: 9.5pt; }
      .poster h1 { font-size: 30pt; text-align: center; }
      .poster .qr svg { width: 95mm; height: 95mm; margin: 4mm auto; }
      .url { font-family: ui-monospace, monospace; font-size: 9.5pt; word-break: break-all; }
      .langs { margin-top: 4mm; border-top: 1px solid #bbb; padding-top: 2mm; }
      .langs p { margin: 1mm 0; font-size: 9pt; line-height: 1.3; } [dir=rtl] { text-align: right; }
      .print { margin: 6mm 0; } @media print { .print { display: none; } }
      .message { border: 1px solid #999; border-radius: 2mm; padding: 3mm 5mm; margin: 4mm 0; }
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
  location: link.location,
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
      <div class="letterhead">
        <div>
          <p class="sender-name">${link.ikc}</p>
          <p>${link.location}${link.address ? html`<br />${link.address}` : ''}</p>
          <p>${link.organisation}</p>
        </div>
        <p class="date">${formatDutchDate(link.printedOn)}</p>
      </div>
      <h1>${text.heading(facts)}</h1>
      <p>${text.greeting}</p>
      ${text.body(facts).map((paragraph) => html`<p>${paragraph}</p>`)}
      <div class="scan">
        <div class="qr">${raw(link.qrSvg)}</div>
        <div>
          <p>${text.scan}</p>
          <p class="url">${link.url}</p>
        </div>
      </div>
      <p>${text.thanks}</p>
      <p class="signature">Met vriendelijke groet,<br />het team van ${link.ikc}<br />${link.location}</p>
      <p class="contact">${text.contact(facts)}</p>
      ${privacyLine(link)}
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
      <p class="contact" style="text-align:center">${link.ikc} · ${link.location}</p>
      <div style="text-align:center">${privacyLine(link)}</div>
    </main>`,
  );
}
