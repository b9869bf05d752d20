import type { FieldErrors } from './form-errors';

/** All of a form's messages in one alert at its top, so a screen reader hears them when the save is refused. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const messages = Object.entries(errors);
  return (
    <div role="alert">
      {messages.length === 1 && <p className="form-error">{messages[0]?.[1]}</p>}
      {messages.length > 1 && (
        <div className="form-error">
          <p className="error-summary__title">Controleer het formulier:</p>
          <ul>
            {messages.map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
