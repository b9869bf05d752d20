import { AUDIENCE_NL, type Audience, api, CodeBatchInputSchema, capitalised, type Round } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call, href } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

type Batch = { batch: number; audience: Audience; count: number };

/** Single-use codes: make a batch for an audience, then take it as CSV or as a printable sheet. */
export function CodeBatches({ round }: { round: Round }) {
  const [audience, setAudience] = useState<string>(round.links[0]?.audience ?? 'parents');
  const [count, setCount] = useState('30');
  const [made, setMade] = useState<Batch[]>([]);
  const { errors, setErrors, busy, submit } = useFormSubmit();
  const where = { params: { roundId: round.id } };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CodeBatchInputSchema.safeParse({ audience, count: Number(count) });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const result = await submit(() => call(api.codes.create, { ...where, body: parsed.data }));
    if (result)
      setMade((m) => [{ batch: result.batch, audience: parsed.data.audience, count: result.codes.length }, ...m]);
  };

  return (
    <section aria-labelledby="codes-heading">
      <h2 id="codes-heading">Eenmalige codes</h2>
      <p>
        Maak codes per doelgroep, zoveel als er mensen zijn. Elke code werkt één keer; wie halverwege stopt, gaat met
        dezelfde code verder op een ander apparaat.
      </p>
      <form className="form form--wide" onSubmit={create} noValidate>
        <ErrorSummary errors={errors} />
        <div className="field-row">
          <SelectField
            label="Doelgroep"
            value={audience}
            onChange={setAudience}
            error={errors.audience}
            options={round.links.map((l) => ({ value: l.audience, label: capitalised(AUDIENCE_NL[l.audience]) }))}
          />
          <TextField label="Aantal codes" inputMode="numeric" value={count} onChange={setCount} error={errors.count} />
        </div>
        <div>
          <button type="submit" className="button button--primary" disabled={busy}>
            Codes maken
          </button>
        </div>
      </form>
      <div role="status">
        {made.map((b) => (
          <p key={b.batch} className="card">
            Reeks {b.batch}: {b.count} codes voor {AUDIENCE_NL[b.audience]}.{' '}
            <a href={href(api.codes.csv, { ...where, query: { batch: b.batch } })} download>
              CSV downloaden
            </a>{' '}
            ·{' '}
            <a href={href(api.codes.sheet, { ...where, query: { batch: b.batch } })} target="_blank" rel="noreferrer">
              Afdrukvel openen
            </a>
          </p>
        ))}
      </div>
      <ul className="link-list">
        <li>
          <a href={href(api.codes.csv, where)} download>
            Alle codes van deze ronde (CSV, met gebruikt ja/nee)
          </a>
        </li>
        <li>
          <a href={href(api.codes.sheet, where)} target="_blank" rel="noreferrer">
            Afdrukvel met alle ongebruikte codes
          </a>
        </li>
      </ul>
    </section>
  );
}
