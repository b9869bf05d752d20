import type { LinkView, Locale } from '@driehoek/shared';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { childMessages } from './child-messages';
import { LanguageSelect } from './language-select';
import { localizedText } from './localized-text';
import { messages } from './messages';
import type { Speaker } from './read-aloud';
import { ReadAloudButton } from './read-aloud-button';
import { CodeField, FormError, type StartHandler, useStartForm } from './start-form';

export type AssentProps = {
  link: LinkView;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  initialCode?: string;
  speaker: Speaker | undefined;
  onStart: StartHandler;
  onDecline: () => void;
};

/**
 * The children's landing: what the questions are about, and whether they want to take part. Saying no is as easy
 * as saying yes, and nothing is kept.
 */
export function Assent({ link, locale, onLocaleChange, initialCode, speaker, onStart, onDecline }: AssentProps) {
  const c = childMessages[locale];
  const title = localizedText(link.survey.title, locale) ?? messages[locale].fallbackTitle;
  const form = useStartForm(link, locale, onStart);
  const spoken = () => [c.hello, c.about, c.noWrongAnswers, c.noName, c.assentQuestion, c.assentMayStop, c.yes, c.no];

  return (
    <>
      <header className="topbar">
        <span className="topbar__name">{link.ikc}</span>
        <LanguageSelect locales={link.locales} value={locale} onChange={onLocaleChange} />
      </header>
      <main id="main" className="page page--child">
        <h1>{title}</h1>
        {speaker && (
          <div className="read-aloud-bar">
            <ReadAloudButton speaker={speaker} locale={locale} texts={spoken} />
          </div>
        )}
        <p className="lead">
          {c.hello} {c.about}
        </p>
        <ul className="points">
          <li>{c.noWrongAnswers}</li>
          <li>{c.noName}</li>
        </ul>
        <form className="assent" onSubmit={form.submit} noValidate aria-labelledby="assent-question">
          <h2 id="assent-question" className="assent__question">
            {c.assentQuestion} <span className="assent__may-stop">{c.assentMayStop}</span>
          </h2>
          {link.requiresCode && <CodeField form={form} locale={locale} initialCode={initialCode} />}
          <FormError form={form} />
          <div className="assent__choices">
            <button type="submit" className="button button--primary button--big" disabled={form.busy}>
              {form.busy ? messages[locale].checking : c.yes}
            </button>
            <button type="button" className="button button--big" onClick={onDecline} disabled={form.busy}>
              {c.no}
            </button>
          </div>
        </form>
      </main>
    </>
  );
}

/** After "no": a friendly goodbye, with a way back for a child who pressed it by mistake. */
export function Goodbye({ locale, onBack }: { locale: Locale; onBack: () => void }) {
  const c = childMessages[locale];
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main id="main" className="page page--child">
      <h1 tabIndex={-1} ref={heading}>
        {c.goodbyeTitle}
      </h1>
      <p className="lead">
        {c.goodbyeBody} {c.goodbyeNothingKept}
      </p>
      <button type="button" className="button button--big" onClick={onBack}>
        {c.changedMind}
      </button>
    </main>
  );
}
