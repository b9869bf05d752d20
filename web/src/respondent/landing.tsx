import type { LinkView, Locale } from '@driehoek/shared';
import { LanguageSelect } from './language-select';
import { localizedText } from './localized-text';
import { formatDate, messages } from './messages';
import { estimateMinutes } from './pick-locale';

export type LandingProps = {
  link: LinkView;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  questionCount: number;
  onStart: () => void;
};

/** Before the first question: who asks and why, that it is anonymous, how long it takes, and the language. */
export function Landing({ link, locale, onLocaleChange, questionCount, onStart }: LandingProps) {
  const m = messages[locale];
  const title = localizedText(link.survey.title, locale) ?? m.fallbackTitle;
  return (
    <>
      <header className="topbar">
        <span className="topbar__name">{link.ikc}</span>
        <LanguageSelect locales={link.locales} value={locale} onChange={onLocaleChange} />
      </header>
      <main id="main" className="page">
        <h1>{title}</h1>
        <p className="lead">{m.intro(link.ikc)}</p>
        <section aria-labelledby="asked-by" className="card">
          <h2 id="asked-by">{m.askedBy}</h2>
          <dl className="facts">
            <dt>{m.ikcLabel}</dt>
            <dd>{link.ikc}</dd>
            <dt>{m.locationLabel}</dt>
            <dd>{link.location}</dd>
          </dl>
        </section>
        <ul className="points">
          <li>{m.anonymous}</li>
          <li>{m.duration(estimateMinutes(questionCount))}</li>
          <li>{m.closesOn(formatDate(link.round.closesOn, locale))}</li>
          <li>{m.resume}</li>
        </ul>
        <button type="button" className="button button--primary" onClick={onStart}>
          {m.start}
        </button>
      </main>
    </>
  );
}
