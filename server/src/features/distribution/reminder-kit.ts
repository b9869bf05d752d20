import { AUDIENCE_NL, formatDutchDate, LOCALE_NL, type Locale } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { type PrintableLink, page, privacyLine } from './printable';
import { type ReminderFacts, reminderMessage, reminderPosterHeading, reminderPosterLine } from './reminder-texts';

const dirOf = (locale: Locale) => (locale === 'ar' ? 'rtl' : 'ltr');

/**
 * The reminder kit for one audience in one language: instructions for the school in Dutch, the message to paste
 * into the parent app or newsletter (in its own language and direction) with the link and the QR code, links to
 * the kit in the other languages, and a fresh poster on the next printed page.
 */
export function reminderKitHtml(link: PrintableLink, locale: Locale, kitLocales: readonly Locale[]) {
  const message = reminderMessage(link.audience, locale);
  if (!message) return undefined;
  const facts: ReminderFacts = { ikc: link.ikc, closesOn: link.closesOn, minutes: link.minutes };
  const audience = AUDIENCE_NL[link.audience];
  const where =
    link.audience === 'parents' ? 'de ouderapp of de nieuwsbrief van de school' : 'de teammail of het teamoverleg';
  const others = kitLocales.filter((l) => l !== locale);
  return page(
    `Herinnering voor ${audience} (${LOCALE_NL[locale]}) — ${link.location}`,
    html`<main>
        <p>${link.organisation} · ${link.ikc} · ${link.location}</p>
        <h1>Herinnering voor ${audience}: ${LOCALE_NL[locale]}</h1>
        <p>
          Zet het bericht hieronder in ${where}, met de link of de QR-code als afbeelding. De vragenlijst sluit op
          ${formatDutchDate(link.closesOn)}.
        </p>
        ${
          others.length > 0
            ? html`<p>
                Hetzelfde bericht in een andere taal:
                ${others.map((l, i) => html`${i > 0 ? ', ' : ''}<a href="${l}" hreflang="${l}">${LOCALE_NL[l]}</a>`)}.
              </p>`
            : ''
        }
        <section class="message" lang="${locale}" dir="${dirOf(locale)}" aria-label="Bericht">
          <p><strong>${message.subject}</strong></p>
          ${message.body(facts).map((paragraph) => html`<p>${paragraph}</p>`)}
          <p>${message.linkLine}</p>
          <p class="url" dir="ltr">${link.url}</p>
          ${privacyLine(link, locale)}
        </section>
        <div class="qr">${raw(link.qrSvg)}</div>
        <p><a href="../qr.png" download>QR-code als afbeelding (PNG) voor de app of de nieuwsbrief</a></p>
      </main>
      <section class="poster next-page" aria-label="Poster">
        <h1>${reminderPosterHeading[link.audience](facts)}</h1>
        <p style="text-align:center;font-size:16pt">
          Vul de vragenlijst voor ${audience} in — anoniem, ongeveer ${link.minutes} minuten.
        </p>
        <div class="qr">${raw(link.qrSvg)}</div>
        <p class="url" style="text-align:center">${link.url}</p>
        ${
          link.audience === 'parents'
            ? html`<div class="langs">
                ${link.locales
                  .filter((l): l is Exclude<Locale, 'nl'> => l !== 'nl')
                  .map((l) => html`<p lang="${l}" dir="${dirOf(l)}">${reminderPosterLine[l](facts)}</p>`)}
              </div>`
            : ''
        }
        <div style="text-align:center">${privacyLine(link)}</div>
      </section>`,
  );
}

/** The languages a kit exists in for an audience: parents every language of their questionnaire, others Dutch. */
export function kitLocales(link: Pick<PrintableLink, 'audience' | 'locales'>): Locale[] {
  return link.audience === 'parents' ? [...link.locales] : ['nl'];
}
