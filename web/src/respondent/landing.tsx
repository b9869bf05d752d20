import type { LinkView, Locale } from '@driehoek/shared';
import { LanguageSelect } from './language-select';
import { localizedText } from './localized-text';
import { formatDate, messages } from './messages';
import { PrivacyLink } from './privacy-link';
import { CodeField, FormError, type StartHandler, useStartForm } from './start-form';

export type LandingProps = {
  link: LinkView;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  /** A single-use code that came with the link (`#code=…`), filled in for the respondent. */
  initialCode?: string;
  onStart: StartHandler;
};

/** Before the first question: who asks and why, that it is anonymous, how long it takes, and the language. */
export function Landing({ link, locale, onLocaleChange, initialCode, onStart }: LandingProps) {
  const m = messages[locale];
  const title = localizedText(link.survey.title, locale) ?? m.fallbackTitle;
  const form = useStartForm(link, locale, onStart);

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
          <li>{m.duration(link.minutes)}</li>
          <li>{m.closesOn(formatDate(link.round.closesOn, locale))}</li>
          <li>{m.resume}</li>
        </ul>
        <PrivacyLink link={link} locale={locale} />
        <form className="form" onSubmit={form.submit} noValidate>
          {link.requiresCode && <CodeField form={form} locale={locale} initialCode={initialCode} />}
          <FormError form={form} />
          <div>
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {form.busy ? m.checking : m.start}
            </button>
          </div>
        </form>
      </main>
    </>
  );
}
