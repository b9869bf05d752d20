import { api, editableFields, ROUND_STATUS_NL, type Round, RoundDatesSchema } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { TextField } from '../ui/text-field';

/** The round's dates, editable as far as its status allows (the opening date only in draft). */
export function RoundDatesForm({ round, onSaved }: { round: Round; onSaved: (round: Round) => void }) {
  const editable = editableFields(round.status);
  const [opensOn, setOpensOn] = useState(round.opensOn);
  const [closesOn, setClosesOn] = useState(round.closesOn);
  const [saved, setSaved] = useState(false);
  const { errors, setErrors, busy, submit } = useFormSubmit();

  if (!editable.opensOn && !editable.closesOn) {
    return <p className="muted">De data liggen vast zolang de ronde {ROUND_STATUS_NL[round.status]} is.</p>;
  }
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = RoundDatesSchema.safeParse({ opensOn, closesOn });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const next = await submit(() => call(api.rounds.setDates, { params: { id: round.id }, body: parsed.data }));
    if (next) {
      setSaved(true);
      onSaved(next);
    }
  };
  return (
    <form className="form form--wide" onSubmit={save} noValidate aria-labelledby="dates-heading">
      <h2 id="dates-heading">Data wijzigen</h2>
      <ErrorSummary errors={errors} />
      <div className="field-row">
        <TextField
          label="Opent op"
          type="date"
          value={opensOn}
          onChange={setOpensOn}
          disabled={!editable.opensOn}
          hint={editable.opensOn ? undefined : 'Ligt vast: de ronde is al open.'}
          error={errors.opensOn}
        />
        <TextField label="Sluit na" type="date" value={closesOn} onChange={setClosesOn} error={errors.closesOn} />
      </div>
      <div>
        <button type="submit" className="button" disabled={busy}>
          Data opslaan
        </button>
      </div>
      <p role="status">{saved && 'De data zijn opgeslagen.'}</p>
    </form>
  );
}
