import { api } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { useFormSubmit } from '../ui/form-errors';
import { TextAreaField } from '../ui/text-area-field';
import type { IkcDraftView } from './ikc-report-types';

export type IkcPublishControlsProps = { view: IkcDraftView; onChange: (view: IkcDraftView) => void };

/**
 * Publishing freezes what the IKC team and the municipality read of the whole IKC; retracting withdraws it with a
 * reason the audit log keeps. Unchanged drafts offer no republication.
 */
export function IkcPublishControls({ view, onChange }: IkcPublishControlsProps) {
  const [step, setStep] = useState<'idle' | 'publish' | 'retract'>('idle');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const { errors, setErrors, busy, submit } = useFormSubmit();
  const params = { ikcId: view.ikc.id };
  const { published } = view;
  const unchanged = published?.unchanged === true;
  const ask = (next: typeof step) => {
    setErrors({});
    setDone('');
    setStep(next);
  };
  const publish = async () => {
    const next = await submit(() => call(api['ikc-reports'].publish, { params }));
    if (next?.state !== 'draft') return;
    setStep('idle');
    onChange(next);
    setDone(`Het IKC-rapport is gepubliceerd (versie ${next.published?.version ?? 1}).`);
  };
  const retract = async (event: FormEvent) => {
    event.preventDefault();
    const next = await submit(() => call(api['ikc-reports'].retract, { params, body: { reason } }));
    if (next?.state !== 'draft') return;
    setStep('idle');
    setReason('');
    onChange(next);
    setDone('De publicatie is ingetrokken: het IKC-team en de gemeente zien het IKC-rapport niet meer.');
  };
  return (
    <section aria-labelledby="ikc-publish" className="ikc-publish">
      <h2 id="ikc-publish">Publiceren</h2>
      <ErrorSummary errors={step === 'retract' ? {} : errors} />
      {unchanged && step !== 'retract' && (
        <p className="muted">Er is niets gewijzigd sinds de publicatie: opnieuw publiceren is niet nodig.</p>
      )}
      {step === 'idle' && (
        <div className="actions">
          {!unchanged && view.locations.length > 0 && (
            <button type="button" className="button button--primary" onClick={() => ask('publish')}>
              {published ? 'Opnieuw publiceren' : 'IKC-rapport publiceren'}
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
        <div className="confirm confirm--block" role="group" aria-labelledby="ikc-publish-question">
          <p id="ikc-publish-question" className="confirm__question">
            {published
              ? `Versie ${published.version + 1} van het IKC-rapport publiceren?`
              : 'Het IKC-rapport publiceren?'}
          </p>
          <p>
            Het IKC-team en de gemeente lezen daarna deze versie. Wat later in de locatierapporten verandert, zien zij
            hier pas als u opnieuw publiceert.
          </p>
          <div className="actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={publish}>
              Ja, publiceren
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
            hint="Minstens 10 tekens. De reden komt in het auditlog."
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
