import { api, type Me, SetPasswordSchema } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromFailure, errorsFromIssues, type FieldErrors } from '../ui/form-errors';
import { PageHeading } from '../ui/page-heading';
import { TextField } from '../ui/text-field';

export type SetPasswordPageProps = { onSignedIn: (me: Me) => void };

/**
 * `/app/wachtwoord#<token>` from an invitation or reset: choose a password and be signed in. The token travels in
 * the fragment, which the browser never sends to a server.
 */
export function SetPasswordPage({ onSignedIn }: SetPasswordPageProps) {
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SetPasswordSchema.safeParse({ token, password });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    if (repeat !== password) return setErrors({ repeat: 'De twee wachtwoorden zijn niet gelijk.' });
    setBusy(true);
    setErrors({});
    try {
      const me = await call(api.accounts.setPassword, { body: parsed.data });
      onSignedIn(me);
    } catch (e) {
      setErrors(errorsFromFailure(e));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page">
      <PageHeading title="Wachtwoord instellen">Wachtwoord instellen</PageHeading>
      {!token ? (
        <p className="form-error" role="alert">
          Deze link is onvolledig. Open de hele link uit uw uitnodiging, of vraag een nieuwe aan.
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>Kies een wachtwoord voor Driehoek. Daarna bent u meteen ingelogd.</p>
          <ErrorSummary errors={errors.token ? { token: `De link: ${errors.token}` } : errors} />
          <TextField
            label="Nieuw wachtwoord"
            hint="Minstens 10 tekens."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
          <TextField
            label="Nieuw wachtwoord nog een keer"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={setRepeat}
            error={errors.repeat}
          />
          <div>
            <button type="submit" className="button button--primary" disabled={busy}>
              Wachtwoord opslaan en inloggen
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
