import { api, type Role, type UserScope } from '@driehoek/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useIkcOptions, useLocationOptions, useOrganisationOptions } from '../structure/use-options';
import { CheckboxField } from '../ui/checkbox-field';
import type { FieldErrors } from '../ui/form-errors';
import { SelectField } from '../ui/select-field';

export type ScopePickerProps = {
  role: Role;
  value: UserScope;
  onChange: (scope: UserScope) => void;
  errors: FieldErrors;
};

const none: UserScope = { organisationIds: [], ikcIds: [], locationIds: [] };

function ErrorLine({ errors }: { errors: FieldErrors }) {
  const message =
    errors['scope.organisationIds'] ?? errors['scope.ikcIds'] ?? errors['scope.locationIds'] ?? errors.scope;
  return message ? <p className="field-error">{message}</p> : null;
}

/** What a user may see, in the shape the role needs: organisations, one organisation, one IKC or some locations. */
export function ScopePicker({ role, value, onChange, errors }: ScopePickerProps) {
  if (role === 'admin')
    return <p className="hint">Een beheerder ziet alle organisaties; toegang kiezen is niet nodig.</p>;
  return (
    <fieldset className="fieldset">
      <legend>Toegang tot</legend>
      <ErrorLine errors={errors} />
      {role === 'researcher' && <OrganisationChecks value={value} onChange={onChange} />}
      {role === 'municipality' && <OneOrganisation value={value} onChange={onChange} />}
      {role === 'ikc' && <IkcOrLocations value={value} onChange={onChange} />}
    </fieldset>
  );
}

type Part = { value: UserScope; onChange: (scope: UserScope) => void };

function OrganisationChecks({ value, onChange }: Part) {
  const organisations = useOrganisationOptions();
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...none,
      organisationIds: on ? [...value.organisationIds, id] : value.organisationIds.filter((x) => x !== id),
    });
  return (
    <>
      <p className="hint">Een onderzoeker werkt in één of meer organisaties, met al hun IKC&apos;s en locaties.</p>
      {(organisations.data?.items ?? []).map((o) => (
        <CheckboxField
          key={o.id}
          label={o.name}
          checked={value.organisationIds.includes(o.id)}
          onChange={(on) => toggle(o.id, on)}
        />
      ))}
    </>
  );
}

function OneOrganisation({ value, onChange }: Part) {
  const organisations = useOrganisationOptions();
  return (
    <SelectField
      label="Gemeente of organisatie"
      hint="Een gemeentegebruiker ziet het overzicht van precies één organisatie."
      value={value.organisationIds[0] ?? ''}
      onChange={(id) => onChange({ ...none, organisationIds: id ? [id] : [] })}
      placeholder="Kies een organisatie"
      options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}

function IkcOrLocations({ value, onChange }: Part) {
  const ikcs = useIkcOptions();
  const [ikcId, setIkcId] = useState(value.ikcIds[0] ?? '');
  const [onlyLocations, setOnlyLocations] = useState(value.ikcIds.length === 0 && value.locationIds.length > 0);
  const locations = useLocationOptions(onlyLocations && ikcId ? ikcId : undefined);

  // A user with locations only: find their IKC, so its locations can be listed.
  const firstLocation = value.locationIds[0];
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival.
  useEffect(() => {
    if (!ikcId && firstLocation)
      call(api.structure.location, { params: { id: firstLocation } }).then(
        (l) => setIkcId(l.ikcId),
        () => {},
      );
  }, []);

  const chooseIkc = (id: string) => {
    setIkcId(id);
    onChange({ ...none, ikcIds: onlyLocations || !id ? [] : [id] });
  };
  const chooseMode = (locationsOnly: boolean) => {
    setOnlyLocations(locationsOnly);
    onChange({ ...none, ikcIds: locationsOnly || !ikcId ? [] : [ikcId] });
  };
  const toggle = (id: string, on: boolean) =>
    onChange({ ...none, locationIds: on ? [...value.locationIds, id] : value.locationIds.filter((x) => x !== id) });

  return (
    <>
      <SelectField
        label="IKC"
        value={ikcId}
        onChange={chooseIkc}
        placeholder="Kies een IKC"
        options={(ikcs.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.name} (${i.organisation})` }))}
      />
      <div className="checkbox">
        <input
          type="radio"
          id="scope-whole"
          name="scope-mode"
          checked={!onlyLocations}
          onChange={() => chooseMode(false)}
        />
        <label htmlFor="scope-whole">Het hele IKC</label>
      </div>
      <div className="checkbox">
        <input
          type="radio"
          id="scope-some"
          name="scope-mode"
          checked={onlyLocations}
          onChange={() => chooseMode(true)}
        />
        <label htmlFor="scope-some">Alleen bepaalde locaties</label>
      </div>
      {onlyLocations && ikcId && (
        <fieldset className="fieldset fieldset--nested">
          <legend>Locaties</legend>
          {(locations.data?.items ?? []).map((l) => (
            <CheckboxField
              key={l.id}
              label={l.name}
              checked={value.locationIds.includes(l.id)}
              onChange={(on) => toggle(l.id, on)}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}
