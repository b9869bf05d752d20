import type { LinkView, Locale } from '@driehoek/shared';
import { type FormEvent, useId, useState } from 'react';
import { messages } from './messages';
import { CODE_PATTERN, normalizeCode } from './response-store';

/** Starts the questionnaire; with a code, resolves to the reason the code was refused, if it was. */
export type StartHandler = (code: string | undefined) => Promise<string | undefined>;

export type StartForm = {
  submit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  error: string | undefined;
  /** The server refused the code (unknown or used), rather than it being mistyped. */
  refused: boolean;
  busy: boolean;
  locale: Locale;
  ids: { code: string; hint: string; error: string };
};

/** The landing's start button, and with single-use codes the code check, for adults and children alike. */
export function useStartForm(link: LinkView, locale: Locale, onStart: StartHandler): StartForm {
  const [error, setError] = useState<string | undefined>(undefined);
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = { code: useId(), hint: useId(), error: useId() };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let code: string | undefined;
    if (link.requiresCode) {
      code = normalizeCode(String(new FormData(event.currentTarget).get('code') ?? ''));
      if (!CODE_PATTERN.test(code)) {
        setError(messages[locale].codeFormat);
        setRefused(false);
        return;
      }
    }
    setBusy(true);
    setError(undefined);
    const reason = await onStart(code);
    if (reason) {
      setError(reason);
      setRefused(code !== undefined);
      setBusy(false);
    }
  };
  return { submit, error, refused, busy, locale, ids };
}

export type CodeFieldProps = { form: StartForm; locale: Locale; initialCode?: string };

/** The single-use code input, prefilled when the link carried the code (`#code=…`). */
export function CodeField({ form, locale, initialCode }: CodeFieldProps) {
  const m = messages[locale];
  const { ids, error } = form;
  return (
    <div className="field">
      <label htmlFor={ids.code}>{m.codeLabel}</label>
      <p id={ids.hint} className="muted hint">
        {m.codeHint}
      </p>
      <input
        id={ids.code}
        name="code"
        className="code-input"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        required
        defaultValue={initialCode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
      />
    </div>
  );
}

/** The form's error, in an alert region that is always there so the message is announced when it appears. */
export function FormError({ form }: { form: StartForm }) {
  return (
    <div role="alert" id={form.ids.error}>
      {form.error && (
        <div className="form-error">
          {/* The server's messages are Dutch. */}
          <p lang={form.refused ? 'nl' : undefined}>{form.error}</p>
          {form.refused && <p>{messages[form.locale].codeRefusedHelp}</p>}
        </div>
      )}
    </div>
  );
}
