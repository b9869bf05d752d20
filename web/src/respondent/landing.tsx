import type { LinkView, Locale } from '@driehoek/shared';
import { type FormEvent, useId, useState } from 'react';
import { CODE_PATTERN, normalizeCode } from './draft-store';
import { LanguageSelect } from './language-select';
import { localizedText } from './localized-text';
import { formatDate, messages } from './messages';
import { estimateMinutes } from './pick-locale';

export type LandingProps = {
  link: LinkView;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  questionCount: number;
  /** Starts the questionnaire; with a code, resolves to the reason the code was refused, if it was. */
  onStart: (code: string | undefined) => Promise<string | undefined>;
};

/** Before the first question: who asks and why, that it is anonymous, how long it takes, and the language. */
export function Landing({ link, locale, onLocaleChange, questionCount, onStart }: LandingProps) {
  const m = messages[locale];
  const title = localizedText(link.survey.title, locale) ?? m.fallbackTitle;
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const codeId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let code: string | undefined;
    if (link.requiresCode) {
      code = normalizeCode(String(new FormData(event.currentTarget).get('code') ?? ''));
      if (!CODE_PATTERN.test(code)) {
        setError(m.codeFormat);
        return;
      }
    }
    setBusy(true);
    setError(undefined);
    const refused = await onStart(code);
    if (refused) {
      setError(refused);
      setBusy(false);
    }
  };

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
        <form className="form" onSubmit={submit} noValidate>
          {link.requiresCode && (
            <div className="field">
              <label htmlFor={codeId}>{m.codeLabel}</label>
              <p id={hintId} className="muted hint">
                {m.codeHint}
              </p>
              <input
                id={codeId}
                name="code"
                className="code-input"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={12}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              />
            </div>
          )}
          <div role="alert" id={errorId}>
            {error && <p className="form-error">{error}</p>}
          </div>
          <div>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? m.checking : m.start}
            </button>
          </div>
        </form>
      </main>
    </>
  );
}
