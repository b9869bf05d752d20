import {
  type Agreements,
  api,
  type CriterionId,
  formatDutchDate,
  MAX_PRIORITIES,
  type TriangleRow,
} from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { today } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { ErrorSummary } from '../ui/error-summary';
import { useFormSubmit } from '../ui/form-errors';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';

export type AgreementsPanelProps = {
  roundId: string;
  criteria: ReadonlyArray<Pick<TriangleRow, 'criterion' | 'name'>>;
  agreements: Agreements | null;
  /** Researchers record; the IKC team reads. */
  canRecord: boolean;
  onSaved: (a: Agreements) => void;
};

const nameOf = (criteria: AgreementsPanelProps['criteria'], id: CriterionId) =>
  criteria.find((c) => c.criterion === id)?.name ?? id;

/** What the team agreed after the meeting: priorities in order, a note and the date; the plan starts from it. */
export function AgreementsPanel({ roundId, criteria, agreements, canRecord, onSaved }: AgreementsPanelProps) {
  const [metOn, setMetOn] = useState(agreements?.metOn ?? today());
  const [priorities, setPriorities] = useState<string[]>(
    Array.from({ length: MAX_PRIORITIES }, (_, i) => agreements?.priorities[i] ?? ''),
  );
  const [note, setNote] = useState(agreements?.note ?? '');
  const [saved, setSaved] = useState('');
  const { errors, busy, submit } = useFormSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const chosen = priorities.filter((p): p is CriterionId => p !== '');
    const result = await submit(() =>
      call(api.meetings.saveAgreements, { params: { roundId }, body: { metOn, priorities: chosen, note } }),
    );
    if (result) {
      onSaved(result);
      setSaved('Afspraken opgeslagen.');
    }
  };

  const options = criteria.map((c) => ({ value: c.criterion, label: `${c.criterion} ${c.name}` }));
  return (
    <section className="meeting-agreements" aria-labelledby="meeting-agreements">
      <h2 id="meeting-agreements">Afspraken uit de terugkoppeling</h2>
      {agreements ? (
        <div>
          <p>
            Vastgelegd op {formatDutchDate(agreements.metOn)}
            {agreements.recordedBy ? ` door ${agreements.recordedBy}` : ''}. Prioriteiten:
          </p>
          <ol>
            {agreements.priorities.map((p) => (
              <li key={p}>
                {p} {nameOf(criteria, p)}
              </li>
            ))}
          </ol>
          {agreements.note && <p>{agreements.note}</p>}
          <p>
            <AppLink to={paths.plan(roundId)}>Naar het plan van aanpak</AppLink>: een nieuw plan begint met een doel per
            prioriteit.
          </p>
        </div>
      ) : (
        <p className="muted">Nog geen afspraken vastgelegd.</p>
      )}
      {canRecord && (
        <form className="form" onSubmit={save} noValidate aria-label="Afspraken vastleggen">
          <ErrorSummary errors={errors} />
          <TextField
            label="Datum van de terugkoppeling"
            type="date"
            value={metOn}
            onChange={setMetOn}
            error={errors.metOn}
            required
          />
          {priorities.map((value, i) => (
            <SelectField
              // The three places are fixed; their index is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              key={i}
              label={`Prioriteit ${i + 1}${i === 0 ? '' : ' (niet verplicht)'}`}
              value={value}
              onChange={(v) => setPriorities((all) => all.map((p, j) => (j === i ? v : p)))}
              options={options}
              placeholder="Kies een criterium"
              error={i === 0 ? (errors.priorities ?? errors['priorities.0']) : errors[`priorities.${i}`]}
            />
          ))}
          <TextAreaField
            label="Notitie"
            value={note}
            onChange={setNote}
            error={errors.note}
            maxLength={2000}
            rows={3}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              Afspraken opslaan
            </button>
            <span role="status" className="muted">
              {saved}
            </span>
          </div>
        </form>
      )}
    </section>
  );
}
