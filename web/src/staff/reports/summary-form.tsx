import { api, type ReportJudgement, type ReportSummary } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { useFormSubmit } from '../ui/form-errors';
import { TextAreaField } from '../ui/text-area-field';

const fields: ReadonlyArray<{ key: keyof ReportSummary; label: string }> = [
  { key: 'strengths', label: 'Wat goed gaat' },
  { key: 'improvements', label: 'Waar het IKC aan kan werken' },
  { key: 'advice', label: 'Advies' },
];

export type SummaryFormProps = { roundId: string; summary: ReportSummary; onSaved: (j: ReportJudgement) => void };

/** The summary at the top of the report: what goes well, what to work on, the researcher's advice. */
export function SummaryForm({ roundId, summary, onSaved }: SummaryFormProps) {
  const [text, setText] = useState<ReportSummary>(summary);
  const [saved, setSaved] = useState('');
  const { errors, busy, submit } = useFormSubmit();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const judgement = await submit(() => call(api.reports.summary, { params: { roundId }, body: text }));
    if (judgement) {
      onSaved(judgement);
      setSaved('Samenvatting opgeslagen.');
    }
  };
  return (
    <section aria-labelledby="report-summary">
      <h3 id="report-summary">Samenvatting</h3>
      <p className="hint">Bovenaan het rapport: lezers zien dit eerst.</p>
      <form className="form form--wide" onSubmit={save} noValidate>
        <ErrorSummary errors={errors} />
        {fields.map((f) => (
          <TextAreaField
            key={f.key}
            label={f.label}
            value={text[f.key]}
            onChange={(value) => setText((t) => ({ ...t, [f.key]: value }))}
            error={errors[f.key]}
            maxLength={4000}
            rows={4}
          />
        ))}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            Samenvatting opslaan
          </button>
          <span role="status" className="muted">
            {saved}
          </span>
        </div>
      </form>
    </section>
  );
}
