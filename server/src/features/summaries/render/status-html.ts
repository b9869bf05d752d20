import { isRightToLeft, SUMMARY_LOCALES, type SummaryTexts } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { PARENTS_CSS } from './styles';

/**
 * The page of a link that shows nothing (anymore): `gone` for a retracted publication or an ended link, `unknown`
 * for an id never handed out. Said in every summary language at once, because the reader's language is not known.
 */
export async function renderStatusHtml(texts: SummaryTexts, kind: 'gone' | 'unknown'): Promise<string> {
  const [title, text] =
    kind === 'gone' ? (['goneTitle', 'goneText'] as const) : (['unknownTitle', 'unknownText'] as const);
  const say = (key: typeof title | typeof text, locale: (typeof SUMMARY_LOCALES)[number]) =>
    texts.parents.text[key]?.[locale] ?? '';
  const doc = html`<!doctype html>
<html lang="nl" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${say(title, 'nl')}</title>
    <style>${raw(PARENTS_CSS)}</style>
  </head>
  <body>
    <main>
      <h1>${say(title, 'nl')}</h1>
      <p>${say(text, 'nl')}</p>
      ${SUMMARY_LOCALES.filter((l) => l !== 'nl').map(
        (l) => html`<section lang="${l}" dir="${isRightToLeft(l) ? 'rtl' : 'ltr'}">
          <h2>${say(title, l)}</h2>
          <p>${say(text, l)}</p>
        </section>`,
      )}
    </main>
  </body>
</html>`;
  return (await doc).toString();
}
