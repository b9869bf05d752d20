import { useState } from 'react';
import { failureMessage } from '../../api/client';
import { ConfirmButton } from '../ui/confirm-button';

export type ArchiveControlProps = {
  /** "Locatie Noord", named in the question. */
  what: string;
  archived: boolean;
  onChange: (archive: boolean) => Promise<void>;
  /** What archiving means for this kind of object. */
  consequence: string;
};

/** Archive or restore, after a confirmation; the server's refusal shows beside it. */
export function ArchiveControl({ what, archived, onChange, consequence }: ArchiveControlProps) {
  const [error, setError] = useState<string | undefined>(undefined);
  const act = async () => {
    setError(undefined);
    try {
      await onChange(!archived);
    } catch (e) {
      setError(failureMessage(e));
    }
  };
  return (
    <section aria-labelledby="archive-heading" className="card">
      <h2 id="archive-heading">{archived ? 'Gearchiveerd' : 'Archiveren'}</h2>
      <p>{archived ? `${what} is gearchiveerd. Terugzetten maakt het weer actief.` : consequence}</p>
      {archived ? (
        <ConfirmButton
          label="Terugzetten"
          question={`${what} terugzetten?`}
          confirmLabel="Ja, terugzetten"
          onConfirm={act}
        />
      ) : (
        <ConfirmButton
          label="Archiveren"
          question={`${what} archiveren?`}
          confirmLabel="Ja, archiveren"
          onConfirm={act}
          danger
        />
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
