import { type Audience, formatDutchDate, type Locale } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { audienceNoun, invitationLine } from './letter-texts';

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

const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
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

/** An A4 letter in Dutch with the QR code, the link, and a line in each of the questionnaire's other languages. */
export function letterHtml(link: PrintableLink) {
  const noun = audienceNoun[link.audience];
  return page(
    `Brief voor ${noun.title} — ${link.location}`,
    html`<main>
      <p>${link.organisation} · ${link.ikc} · ${link.location}</p>
      <h1>Uw mening over samenwerken met ${link.ikc}</h1>
      <p>${noun.greeting}</p>
      <p>
        ${link.ikc} wil graag weten hoe de samenwerking tussen ${noun.who} en het IKC gaat, zodat we die samen kunnen
        verbeteren. Daarom vragen we u een korte vragenlijst in te vullen. Het kost ongeveer ${link.minutes} minuten.
      </p>
      <p>
        Uw antwoorden zijn anoniem: we vragen niet naar uw naam en we bewaren geen gegevens waarmee iemand u kan
        herkennen. U kunt de vragenlijst invullen tot en met ${formatDutchDate(link.closesOn)}.
      </p>
      <p>Scan de code met de camera van uw telefoon, of typ het adres over:</p>
      <div class="qr">${raw(link.qrSvg)}</div>
      <p class="url">${link.url}</p>
      <p>Hartelijk dank!</p>
      ${otherLanguages(link)}
    </main>`,
  );
}

/** An A4 poster: a large QR code for the school gate or the hall. */
export function posterHtml(link: PrintableLink) {
  const noun = audienceNoun[link.audience];
  return page(
    `Poster voor ${noun.title} — ${link.location}`,
    html`<main class="poster">
      <h1>Wat vindt u van de samenwerking met ${link.ikc}?</h1>
      <p style="text-align:center;font-size:16pt">
        Vul de vragenlijst voor ${noun.title} in — anoniem, ongeveer ${link.minutes} minuten, tot en met
        ${formatDutchDate(link.closesOn)}.
      </p>
      <div class="qr">${raw(link.qrSvg)}</div>
      <p class="url" style="text-align:center">${link.url}</p>
      ${otherLanguages(link)}
    </main>`,
  );
}
