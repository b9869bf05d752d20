import { api } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { useFormSubmit } from '../ui/form-errors';
import { TextAreaField } from '../ui/text-area-field';
import type { DraftView } from './report-view-types';

export type PublishControlsProps = { view: DraftView; onPublication: (view: DraftView) => void };

/**
 * Publishing freezes what the IKC team and the municipality read; the confirmation says what is still open (that
 * does not stop it). Retracting takes them back to counts only and needs a reason, which the audit log keeps.
 */
export function PublishControls({ view, onPublication }: PublishControlsProps) {
  const [step, setStep] = useState<'idle' | 'publish' | 'retract'>('idle');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const { errors, setErrors, busy, submit } = useFormSubmit();
  const params = { roundId: view.round.id };
  const { published, todo } = view;
  const closed = view.round.status === 'closed' || view.round.status === 'reported';
  const unchanged = published !== null && published.changes.length === 0;

  const ask = (next: typeof step) => {
    setErrors({});
    setDone('');
    setStep(next);
  };
  const publish = async () => {
    const next = await submit(() => call(api.reports.publish, { params }));
    if (next?.state !== 'draft') return;
    setStep('idle');
    onPublication(next);
    setDone(`Het rapport is gepubliceerd (versie ${next.published?.version ?? 1}).`);
  };
  const retract = async (event: FormEvent) => {
    event.preventDefault();
    const next = await submit(() => call(api.reports.retract, { params, body: { reason } }));
    if (next?.state !== 'draft') return;
    setStep('idle');
    setReason('');
    onPublication(next);
    setDone('De publicatie is ingetrokken: het IKC-team en de gemeente zien weer alleen de respons.');
  };

  return (
    <section aria-labelledby="report-publish" className="report-publish">
      <h3 id="report-publish">Publiceren</h3>
      <ErrorSummary errors={step === 'retract' ? {} : errors} />
      {!closed && <p>Publiceren kan zodra de ronde gesloten is.</p>}
      {closed && unchanged && step !== 'retract' && (
        <p className="muted">Er is niets gewijzigd sinds de publicatie: opnieuw publiceren is niet nodig.</p>
      )}
      {step === 'idle' && (
        <div className="actions">
          {closed && !unchanged && (
            <button type="button" className="button button--primary" onClick={() => ask('publish')}>
              {published ? 'Opnieuw publiceren' : 'Publiceren'}
            </button>
          )}
          {published && (
            <button type="button" className="button" onClick={() => ask('retract')}>
              Publicatie intrekken
            </button>
          )}
        </div>
      )}
      {step === 'publish' && (
        // biome-ignore lint/a11y/useSemanticElements: a question with its two buttons, named by the question.
        <div className="confirm confirm--block" role="group" aria-labelledby="publish-question">
          <p id="publish-question" className="confirm__question">
            {published ? `Versie ${published.version + 1} publiceren?` : 'Het rapport publiceren?'}
          </p>
          <p>
            Het IKC-team en de gemeente lezen daarna deze versie. Wat u later wijzigt, zien zij pas als u opnieuw
            publiceert.
          </p>
          {todo.length > 0 && (
            <div className="warning">
              <p className="warning__title">Nog niet alles is gedaan:</p>
              <ul>
                {todo.map((t) => (
                  <li key={t.key}>{t.text}</li>
                ))}
              </ul>
              <p>U kunt toch publiceren.</p>
            </div>
          )}
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={publish}>
              {todo.length > 0 ? 'Toch publiceren' : 'Ja, publiceren'}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setStep('idle')}>
              Annuleren
            </button>
          </div>
        </div>
      )}
      {step === 'retract' && (
        <form className="form form--wide" onSubmit={retract} noValidate aria-label="Publicatie intrekken">
          <ErrorSummary errors={errors} />
          <TextAreaField
            label="Waarom trekt u de publicatie in?"
            hint="Minstens 10 tekens. De reden komt in het auditlog; het IKC-team en de gemeente zien daarna alleen de respons."
            value={reason}
            onChange={setReason}
            error={errors.reason}
            maxLength={2000}
          />
          <div className="actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              Publicatie intrekken
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setStep('idle')}>
              Annuleren
            </button>
          </div>
        </form>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
