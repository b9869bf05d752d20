import { useCallback, useState } from 'react';
import { ApiError, isUnauthenticated, messageWithoutField } from '../../api/client';
import { useStaff } from '../shell/staff-context';

/** Messages by field name (`closesOn`, `instruments.parents`); the key `''` holds a message for the whole form. */
export type FieldErrors = Record<string, string>;

type Issue = { path: readonly PropertyKey[]; message: string };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The first issue of each field of a failed zod parse. */
export function errorsFromIssues(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= capitalise(issue.message);
  }
  return errors;
}

/** A server refusal as field errors: next to the field it names, or for the whole form. */
export function errorsFromFailure(error: unknown): FieldErrors {
  if (error instanceof ApiError) {
    return error.field ? { [error.field]: messageWithoutField(error) } : { '': error.message };
  }
  return { '': 'Er ging iets mis. Probeer het opnieuw.' };
}

/**
 * Runs a form's save and keeps its errors. What the user typed stays in the form's own state: a refusal only adds
 * messages.
 */
export function useFormSubmit() {
  const { signOut } = useStaff();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setErrors({});
      try {
        return await action();
      } catch (e) {
        if (isUnauthenticated(e)) signOut('Uw sessie is verlopen. Log opnieuw in.');
        else setErrors(errorsFromFailure(e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [signOut],
  );
  return { errors, setErrors, busy, submit };
}
