import {
  AUDIENCE_NL,
  type Audience,
  AudienceSchema,
  api,
  capitalised,
  type InstrumentSummary,
  instrumentName,
  type Location,
  ROUND_KIND_NL,
  RoundInputSchema,
} from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { CheckboxField } from '../ui/checkbox-field';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

/** `/app/locaties/<id>/nieuwe-ronde`: a new scan round at a location. */
export function NewRoundPage({ locationId }: { locationId: string }) {
  const loaded = useLoad(
    async () => ({
      location: await call(api.structure.location, { params: { id: locationId } }),
      instruments: (await call(api.instruments.list, {})).items,
    }),
    [locationId],
  );
  return (
    <LoadState loaded={loaded}>
      {({ location, instruments }) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.ikc(location.ikcId)}>{location.ikc}</AppLink> ›{' '}
            <AppLink to={paths.location(location.id)}>{location.name}</AppLink>
          </p>
          <PageHeading title="Nieuwe ronde">Nieuwe ronde voor {location.name}</PageHeading>
          <RoundForm location={location} instruments={instruments} />
        </>
      )}
    </LoadState>
  );
}

const pinKey = (i: Pick<InstrumentSummary, 'key' | 'version'>) => `${i.key}@${i.version}`;

/** The newest published version for an audience: what a researcher picks nearly always. */
function newest(instruments: readonly InstrumentSummary[], audience: Audience) {
  return instruments.filter((i) => i.perspective === audience).sort((a, b) => b.version - a.version)[0];
}

function RoundForm({ location, instruments }: { location: Location; instruments: readonly InstrumentSummary[] }) {
  const [kind, setKind] = useState<'baseline' | 'follow_up'>('baseline');
  const [name, setName] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [codes, setCodes] = useState(false);
  const [pins, setPins] = useState<Record<Audience, string>>(() => {
    const first = (a: Audience) => {
      const found = newest(instruments, a);
      return found ? pinKey(found) : '';
    };
    return {
      parents: first('parents'),
      professionals: first('professionals'),
      children: location.hasSchool ? first('children') : '',
    };
  });
  const { errors, setErrors, busy, submit } = useFormSubmit();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const chosen: Partial<Record<Audience, { key: string; version: number }>> = {};
    for (const audience of AudienceSchema.options) {
      const found = instruments.find((i) => pinKey(i) === pins[audience]);
      if (found) chosen[audience] = { key: found.key, version: found.version };
    }
    const body = {
      locationId: location.id,
      kind,
      name: name.trim() === '' ? null : name,
      opensOn,
      closesOn,
      singleUseCodes: codes,
      instruments: chosen,
    };
    const parsed = RoundInputSchema.safeParse(body);
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const round = await submit(() => call(api.rounds.create, { body }));
    if (round) navigate(paths.round(round.id), { replace: true });
  };

  return (
    <form className="form form--wide" onSubmit={save} noValidate>
      <ErrorSummary errors={errors} />
      <fieldset className="fieldset">
        <legend>Soort ronde</legend>
        {(['baseline', 'follow_up'] as const).map((k) => (
          <div className="checkbox" key={k}>
            <input
              type="radio"
              id={`kind-${k}`}
              name="kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <label htmlFor={`kind-${k}`}>{capitalised(ROUND_KIND_NL[k])}</label>
          </div>
        ))}
      </fieldset>
      <TextField
        label="Naam (optioneel)"
        hint="Bijvoorbeeld “Najaar 2026”. Zonder naam heet de ronde naar haar soort."
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <div className="field-row">
        <TextField label="Opent op" type="date" value={opensOn} onChange={setOpensOn} error={errors.opensOn} />
        <TextField label="Sluit na" type="date" value={closesOn} onChange={setClosesOn} error={errors.closesOn} />
      </div>
      <fieldset className="fieldset">
        <legend>Vragenlijsten</legend>
        <p className="hint">
          De ronde legt de gekozen versie vast: een nieuwere versie verandert deze ronde en haar scores niet. Een
          doelgroep zonder vragenlijst krijgt geen link.
        </p>
        {errors.instruments && <p className="field-error">{errors.instruments}</p>}
        <div className="field-row">
          {AudienceSchema.options.map((audience) => (
            <SelectField
              key={audience}
              label={capitalised(AUDIENCE_NL[audience])}
              value={pins[audience]}
              onChange={(value) => setPins((p) => ({ ...p, [audience]: value }))}
              placeholder="Geen vragenlijst"
              error={errors[`instruments.${audience}`]}
              options={instruments
                .filter((i) => i.perspective === audience)
                .map((i) => ({ value: pinKey(i), label: `${instrumentName(i.key)}, versie ${i.version}` }))}
            />
          ))}
        </div>
      </fieldset>
      <CheckboxField
        label="Eenmalige codes gebruiken"
        hint="Iedere respondent krijgt een eigen code op papier of per mail; elke code werkt één keer. Sterker tegen dubbel invullen dan een open link, maar meer werk bij het verspreiden."
        checked={codes}
        onChange={setCodes}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          Ronde aanmaken
        </button>
      </div>
    </form>
  );
}
