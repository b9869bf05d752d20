import { api, type Location, LocationInputSchema } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { CheckboxField } from '../ui/checkbox-field';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useIkcOptions } from './use-options';

export type LocationFormProps = { location?: Location; ikcId?: string; onSaved: (saved: Location) => void };

const countText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
/** An empty box means "unknown"; anything else goes to the schema as typed, so "12a" gets a message. */
const countValue = (text: string) => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));

/** Create or edit a location: the building, whether it holds school and/or childcare, and the denominators. */
export function LocationForm({ location, ikcId, onSaved }: LocationFormProps) {
  const ikcs = useIkcOptions();
  const [values, setValues] = useState({
    ikcId: location?.ikcId ?? ikcId ?? '',
    name: location?.name ?? '',
    address: location?.address ?? '',
    hasSchool: location?.hasSchool ?? true,
    hasChildcare: location?.hasChildcare ?? false,
    families: countText(location?.families),
    pupils812: countText(location?.pupils812),
    professionals: countText(location?.professionals),
  });
  const set =
    <K extends keyof typeof values>(key: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const { errors, setErrors, busy, submit } = useFormSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = LocationInputSchema.safeParse({
      ...values,
      address: values.address.trim() === '' ? null : values.address,
      families: countValue(values.families),
      pupils812: countValue(values.pupils812),
      professionals: countValue(values.professionals),
    });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const saved = await submit(() =>
      location
        ? call(api.structure.updateLocation, { params: { id: location.id }, body: parsed.data })
        : call(api.structure.createLocation, { body: parsed.data }),
    );
    if (saved) onSaved(saved);
  };

  const options = (ikcs.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.name} (${i.organisation})` }));
  if (location && !options.some((o) => o.value === location.ikcId)) {
    options.unshift({ value: location.ikcId, label: `${location.ikc} (${location.organisation})` });
  }
  return (
    <form className="form form--wide" onSubmit={save} noValidate>
      <ErrorSummary errors={errors} />
      <SelectField
        label="IKC"
        value={values.ikcId}
        onChange={set('ikcId')}
        options={options}
        placeholder={ikcs.state === 'loading' ? 'Laden…' : 'Kies een IKC'}
        error={errors.ikcId}
      />
      <TextField label="Naam van de locatie" value={values.name} onChange={set('name')} error={errors.name} />
      <TextField
        label="Adres (optioneel)"
        value={values.address}
        onChange={set('address')}
        error={errors.address}
        autoComplete="street-address"
      />
      <fieldset className="fieldset" aria-describedby={errors.hasSchool ? 'location-kind-error' : undefined}>
        <legend>Wat zit er op deze locatie?</legend>
        {errors.hasSchool && (
          <p className="field-error" id="location-kind-error">
            {errors.hasSchool}
          </p>
        )}
        <CheckboxField label="School (basisonderwijs)" checked={values.hasSchool} onChange={set('hasSchool')} />
        <CheckboxField label="Kinderopvang" checked={values.hasChildcare} onChange={set('hasChildcare')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Aantallen</legend>
        <p className="hint">
          Deze aantallen zijn de noemers van het responspercentage: 40 ingevulde vragenlijsten van 80 gezinnen is 50%
          respons. Laat een vak leeg als u het aantal niet weet; dan toont de monitor geen percentage.
        </p>
        <div className="field-row">
          <TextField
            label="Gezinnen"
            hint="Aantal gezinnen met een kind op deze locatie."
            inputMode="numeric"
            value={values.families}
            onChange={set('families')}
            error={errors.families}
          />
          <TextField
            label="Leerlingen van ongeveer 8–12 jaar"
            hint="Groep 5 tot en met 8: wie de kindervragenlijst kan invullen."
            inputMode="numeric"
            value={values.pupils812}
            onChange={set('pupils812')}
            error={errors.pupils812}
          />
          <TextField
            label="Medewerkers"
            hint="Leerkrachten, pedagogisch medewerkers, IB'ers en leiding."
            inputMode="numeric"
            value={values.professionals}
            onChange={set('professionals')}
            error={errors.professionals}
          />
        </div>
      </fieldset>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {location ? 'Wijzigingen opslaan' : 'Locatie aanmaken'}
        </button>
      </div>
    </form>
  );
}
