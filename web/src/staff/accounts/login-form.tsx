import { api, LoginSchema, type Me } from '@driehoek/shared';
import { type FormEvent, useId, useState } from 'react';
import { call, failureMessage } from '../../api/client';

export type LoginFormProps = { onSignedIn: (me: Me) => void; notice?: string };

export function LoginForm({ onSignedIn, notice }: LoginFormProps) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = LoginSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Vul uw e-mailadres en wachtwoord in.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await call(api.accounts.login, { body: parsed.data }));
    } catch (e) {
      setError(failureMessage(e, 'Inloggen is mislukt. Probeer het opnieuw.'));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page">
      <h1>Inloggen bij Driehoek</h1>
      {notice && <p className="lead">{notice}</p>}
      <form className="form" onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
        <div className="field">
          <label htmlFor={emailId}>E-mailadres</label>
          <input id={emailId} name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>Wachtwoord</label>
          <input id={passwordId} name="password" type="password" autoComplete="current-password" required />
        </div>
        <div role="alert" id={errorId}>
          {error && <p className="form-error">{error}</p>}
        </div>
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Bezig met inloggen…' : 'Inloggen'}
          </button>
        </div>
      </form>
    </main>
  );
}
