import { api, ChangePasswordSchema } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { useStaff } from '../shell/staff-context';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { PageHeading } from '../ui/page-heading';
import { TextField } from '../ui/text-field';

/** Change one's password (which logs out other devices) or log out on every device. */
export function AccountPage() {
  const { me, signOut } = useStaff();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const [everywhereError, setEverywhereError] = useState<string | undefined>(undefined);
  const { errors, setErrors, busy, submit } = useFormSubmit();

  const change = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const parsed = ChangePasswordSchema.safeParse({ currentPassword, newPassword });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    if (repeat !== newPassword) return setErrors({ repeat: 'De twee nieuwe wachtwoorden zijn niet gelijk.' });
    const ok = await submit(async () => {
      await call(api.accounts.changePassword, { body: parsed.data });
      return true;
    });
    if (ok) {
      setCurrent('');
      setNew('');
      setRepeat('');
      setDone(true);
    }
  };

  const logoutEverywhere = async () => {
    try {
      await call(api.accounts.logoutEverywhere, {});
      signOut('U bent op al uw apparaten uitgelogd.');
    } catch (e) {
      setEverywhereError(failureMessage(e));
    }
  };

  return (
    <>
      <PageHeading title="Account">Account</PageHeading>
      <p>
        {me.name} · {me.email}
      </p>
      <h2>Wachtwoord wijzigen</h2>
      <form className="form" onSubmit={change} noValidate>
        <ErrorSummary errors={errors} />
        <TextField
          label="Huidig wachtwoord"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
          error={errors.currentPassword}
        />
        <TextField
          label="Nieuw wachtwoord"
          hint="Minstens 10 tekens."
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNew}
          error={errors.newPassword}
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
            Wachtwoord wijzigen
          </button>
        </div>
        <p role="status">{done && 'Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.'}</p>
      </form>
      <h2>Overal uitloggen</h2>
      <p>Bent u ergens ingelogd gebleven, bijvoorbeeld op een gedeelde computer? Log dan op al uw apparaten uit.</p>
      {everywhereError && (
        <p className="form-error" role="alert">
          {everywhereError}
        </p>
      )}
      <button type="button" className="button" onClick={logoutEverywhere}>
        Overal uitloggen
      </button>
    </>
  );
}
