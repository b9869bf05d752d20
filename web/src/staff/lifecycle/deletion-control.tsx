import {
  api,
  capitalised,
  DELETION_REASON_NL,
  type DeletionKind,
  type DeletionPreview,
  type DeletionReason,
  DeletionReasonSchema,
} from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

const previews = {
  round: api.lifecycle.roundDeletion,
  location: api.lifecycle.locationDeletion,
  organisation: api.lifecycle.organisationDeletion,
} as const;
const deletions = {
  round: api.lifecycle.deleteRound,
  location: api.lifecycle.deleteLocation,
  organisation: api.lifecycle.deleteOrganisation,
} as const;
const KIND_NL: Record<DeletionKind, string> = { round: 'ronde', location: 'locatie', organisation: 'organisatie' };
const reasons = DeletionReasonSchema.options.map((r) => ({ value: r, label: capitalised(DELETION_REASON_NL[r]) }));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a deletion takes away, in words: only the kinds it has any of. */
function countsText(p: DeletionPreview): string[] {
  const c = p.counts;
  return [
    c.ikcs > 0 ? plural(c.ikcs, 'IKC', "IKC's") : '',
    c.locations > 0 ? plural(c.locations, 'locatie', 'locaties') : '',
    c.rounds > 0 ? plural(c.rounds, 'ronde', 'rondes') : '',
    plural(c.responses, 'antwoord van respondenten', 'antwoorden van respondenten'),
    plural(c.visits, 'bezoekverslag van de mystery guest', 'bezoekverslagen van de mystery guest'),
    plural(c.publications, 'gepubliceerd rapport (met alle versies)', 'gepubliceerde rapporten (met alle versies)'),
    plural(c.plans, 'plan van aanpak', 'plannen van aanpak'),
  ].filter(Boolean);
}

export type DeletionControlProps = {
  kind: DeletionKind;
  id: string;
  /** After the deletion: the page of what was deleted no longer exists. */
  onDeleted: () => void;
};

/**
 * Deleting a round's, a location's or an organisation's data on request (AVG): first what it takes away and which
 * other publications it withdraws, then a reason from the list and the name typed by hand. Nothing can be undone;
 * backups age out on their own schedule.
 */
export function DeletionControl({ kind, id, onDeleted }: DeletionControlProps) {
  const [preview, setPreview] = useState<DeletionPreview | undefined>(undefined);
  const [reason, setReason] = useState<DeletionReason | ''>('');
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const headingId = `delete-${kind}-heading`;

  const open = async () => {
    setError(undefined);
    try {
      setPreview(await call(previews[kind], { params: { id } }));
    } catch (e) {
      setError(failureMessage(e, 'Kon niet laten zien wat er verwijderd wordt.'));
    }
  };
  const matches = preview !== undefined && typed.trim() === preview.confirmName.trim();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview || !matches || !reason) return;
    setBusy(true);
    setError(undefined);
    try {
      await call(deletions[kind], { params: { id }, body: { confirm: typed, reason } });
      onDeleted();
    } catch (e) {
      setError(failureMessage(e, 'Verwijderen is niet gelukt; er is niets verwijderd.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="card lifecycle-delete">
      <h2 id={headingId}>Verwijderen op verzoek</h2>
      {!preview ? (
        <>
          <p>
            Verwijdert alle gegevens van deze {KIND_NL[kind]} definitief, bijvoorbeeld op verzoek van de gemeente of van
            een betrokkene (AVG). Archiveren bewaart de gegevens; verwijderen niet.
          </p>
          <button type="button" className="button button--small button--danger" onClick={open}>
            Gegevens verwijderen…
          </button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>
            <strong>Dit verwijdert {preview.title}:</strong>
          </p>
          <ul className="points">
            {countsText(preview).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {preview.withdraws.length > 0 && (
            <div className="warning">
              <p className="warning__title">
                Deze publicaties tonen er gegevens van en worden ingetrokken en leeggemaakt:
              </p>
              <ul>
                {preview.withdraws.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="hint">
            Dit kan niet ongedaan worden gemaakt. In het logboek komen alleen de soort, de reden en de aantallen, geen
            namen. Back-ups van vóór vandaag bevatten de gegevens nog tot ze volgens het back-upschema vervallen.
          </p>
          <SelectField
            label="Reden"
            value={reason}
            onChange={(v) => setReason(v as DeletionReason)}
            options={reasons}
            placeholder="Kies een reden"
          />
          <TextField
            label={`Typ “${preview.confirmName}” om te bevestigen`}
            value={typed}
            onChange={setTyped}
            autoComplete="off"
            spellCheck={false}
          />
          <p>
            <button type="submit" className="button button--danger" disabled={busy || !matches || !reason}>
              Definitief verwijderen
            </button>{' '}
            <button type="button" className="button" onClick={() => setPreview(undefined)} disabled={busy}>
              Annuleren
            </button>
          </p>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
