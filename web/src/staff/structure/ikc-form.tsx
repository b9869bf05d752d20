import { api, type Ikc, IkcInputSchema } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useOrganisationOptions } from './use-options';

export type IkcFormProps = { ikc?: Ikc; organisationId?: string; onSaved: (saved: Ikc) => void };

/** Create or edit an IKC: its name and the organisation it belongs to. */
export function IkcForm({ ikc, organisationId, onSaved }: IkcFormProps) {
  const organisations = useOrganisationOptions();
  const [name, setName] = useState(ikc?.name ?? '');
  const [organisation, setOrganisation] = useState(ikc?.organisationId ?? organisationId ?? '');
  const { errors, setErrors, busy, submit } = useFormSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = IkcInputSchema.safeParse({ name, organisationId: organisation });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const saved = await submit(() =>
      ikc
        ? call(api.structure.updateIkc, { params: { id: ikc.id }, body: parsed.data })
        : call(api.structure.createIkc, { body: parsed.data }),
    );
    if (saved) onSaved(saved);
  };

  const options = (organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (ikc && !options.some((o) => o.value === ikc.organisationId)) {
    options.unshift({ value: ikc.organisationId, label: ikc.organisation });
  }
  return (
    <form className="form" onSubmit={save} noValidate>
      <ErrorSummary errors={errors} />
      <SelectField
        label="Organisatie"
        value={organisation}
        onChange={setOrganisation}
        options={options}
        placeholder={organisations.state === 'loading' ? 'Laden…' : 'Kies een organisatie'}
        error={errors.organisationId}
      />
      <TextField label="Naam van het IKC" value={name} onChange={setName} error={errors.name} />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {ikc ? 'Wijzigingen opslaan' : 'IKC aanmaken'}
        </button>
      </div>
    </form>
  );
}
