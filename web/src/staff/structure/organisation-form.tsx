import {
  api,
  capitalised,
  ORGANISATION_KIND_NL,
  type Organisation,
  type OrganisationInput,
  OrganisationInputSchema,
} from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

export type OrganisationFormProps = { organisation?: Organisation; onSaved: (saved: Organisation) => void };

/** Create or edit an organisation: its name and whether it is a municipality or a school board. */
export function OrganisationForm({ organisation, onSaved }: OrganisationFormProps) {
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<string>(organisation?.kind ?? 'school_board');
  const { errors, setErrors, busy, submit } = useFormSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = OrganisationInputSchema.safeParse({ name, kind });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const body: OrganisationInput = parsed.data;
    const saved = await submit(() =>
      organisation
        ? call(api.structure.updateOrganisation, { params: { id: organisation.id }, body })
        : call(api.structure.createOrganisation, { body }),
    );
    if (saved) onSaved(saved);
  };

  return (
    <form className="form" onSubmit={save} noValidate>
      <ErrorSummary errors={errors} />
      <TextField label="Naam" value={name} onChange={setName} error={errors.name} autoComplete="organization" />
      <SelectField
        label="Soort organisatie"
        value={kind}
        onChange={setKind}
        error={errors.kind}
        options={Object.entries(ORGANISATION_KIND_NL).map(([value, label]) => ({ value, label: capitalised(label) }))}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {organisation ? 'Wijzigingen opslaan' : 'Organisatie aanmaken'}
        </button>
      </div>
    </form>
  );
}
