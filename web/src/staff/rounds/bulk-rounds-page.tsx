import {
  type Audience,
  AudienceSchema,
  api,
  BulkBaselineInputSchema,
  type BulkPlan,
  type BulkResult,
  capitalised,
  type InstrumentSummary,
  ROUND_STATUS_NL,
  roundTitle,
} from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { CheckboxField } from '../ui/checkbox-field';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { TextField } from '../ui/text-field';
import { chosenPins, InstrumentPinsFields, newestPin, pinKey } from './instrument-pins';

/** `/app/rondes/in-bulk?ikc=<id>` or `?organisatie=<id>`: a baseline for every location in one step. */
export function BulkRoundsPage({ search }: { search: URLSearchParams }) {
  const ikcId = search.get('ikc') ?? undefined;
  const organisationId = ikcId ? undefined : (search.get('organisatie') ?? undefined);
  const loaded = useLoad(
    async () => ({
      plan: await call(api.rounds.bulkPlan, { query: { ikcId, organisationId } }),
      instruments: (await call(api.instruments.list, {})).items,
    }),
    [ikcId, organisationId],
  );
  return (
    <LoadState loaded={loaded}>
      {({ plan, instruments }) => (
        <>
          <p className="breadcrumb">
            <AppLink to={plan.scope.type === 'ikc' ? paths.ikc(plan.scope.id) : paths.organisation(plan.scope.id)}>
              {plan.scope.name}
            </AppLink>
          </p>
          <PageHeading title={`Nulmeting voor alle locaties — ${plan.scope.name}`}>
            Nulmeting voor alle locaties <span className="heading-sub">{plan.scope.name}</span>
          </PageHeading>
          <BulkForm plan={plan} instruments={instruments} />
        </>
      )}
    </LoadState>
  );
}

function BulkForm({ plan, instruments }: { plan: BulkPlan; instruments: readonly InstrumentSummary[] }) {
  const [name, setName] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [codes, setCodes] = useState(false);
  const [pins, setPins] = useState<Partial<Record<Audience, string>>>(() =>
    Object.fromEntries(
      AudienceSchema.options.map((a) => {
        const pin = newestPin(instruments, a);
        return [a, pin ? pinKey(pin) : ''];
      }),
    ),
  );
  const [result, setResult] = useState<BulkResult | undefined>(undefined);
  const { errors, setErrors, busy, submit } = useFormSubmit();
  const free = plan.locations.filter((l) => !l.running);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(plan.scope.type === 'ikc' ? { ikcId: plan.scope.id } : { organisationId: plan.scope.id }),
      name: name.trim() === '' ? null : name,
      opensOn,
      closesOn,
      singleUseCodes: codes,
      instruments: chosenPins(instruments, pins),
    };
    const parsed = BulkBaselineInputSchema.safeParse(body);
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const answer = await submit(() => call(api.rounds.createBulk, { body }));
    if (answer) setResult(answer);
  };

  if (result) return <BulkDone result={result} />;
  return (
    <form className="form form--wide" onSubmit={save} noValidate>
      <p>
        Eén nulmeting per locatie, allemaal met dezelfde data en dezelfde versies van de vragenlijsten. Elke ronde
        begint in voorbereiding en opent vanzelf op de openingsdatum; na de sluitdatum sluit ze vanzelf. De vragenlijst
        voor kinderen komt alleen bij locaties met een school.
      </p>
      <ErrorSummary errors={errors} />
      <TextField
        label="Naam (optioneel)"
        hint="Bijvoorbeeld “Najaar 2026”. Zonder naam heet elke ronde “Nulmeting”."
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
        {errors.instruments && <p className="field-error">{errors.instruments}</p>}
        <InstrumentPinsFields
          instruments={instruments}
          audiences={AudienceSchema.options}
          pins={pins}
          onChange={(audience, value) => setPins((p) => ({ ...p, [audience]: value }))}
          errors={errors}
        />
      </fieldset>
      <CheckboxField
        label="Eenmalige codes gebruiken"
        hint="Iedere respondent krijgt een eigen code; elke code werkt één keer."
        checked={codes}
        onChange={setCodes}
      />
      <div className="table-wrap">
        <table>
          <caption>
            {plan.locations.length} locatie{plan.locations.length === 1 ? '' : 's'}; {free.length} krijg
            {free.length === 1 ? 't' : 'en'} een nulmeting
          </caption>
          <thead>
            <tr>
              <th scope="col">IKC</th>
              <th scope="col">Locatie</th>
              <th scope="col">Wat er gebeurt</th>
            </tr>
          </thead>
          <tbody>
            {plan.locations.map((l) => (
              <tr key={l.id}>
                <td>{l.ikc}</td>
                <th scope="row">{l.name}</th>
                <td>
                  {l.running ? (
                    <>
                      Overgeslagen: heeft al{' '}
                      <AppLink to={paths.round(l.running.id)}>
                        {roundTitle(l.running)} ({ROUND_STATUS_NL[l.running.status]}, {formatDay(l.running.opensOn)})
                      </AppLink>
                    </>
                  ) : (
                    `Nulmeting${l.hasSchool ? '' : ' (zonder kinderen: geen school)'}`
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={busy || free.length === 0}>
          {free.length === 1 ? 'Nulmeting aanmaken' : `${free.length} nulmetingen aanmaken`}
        </button>
      </div>
    </form>
  );
}

function BulkDone({ result }: { result: BulkResult }) {
  return (
    <section aria-label="Resultaat">
      <p className="notice" role="status">
        {result.created.length} nulmeting{result.created.length === 1 ? '' : 'en'} aangemaakt
        {result.skipped.length > 0 &&
          `, ${result.skipped.length} locatie${result.skipped.length === 1 ? '' : 's'} overgeslagen`}
        .
      </p>
      <ul>
        {result.created.map((r) => (
          <li key={r.roundId}>
            <AppLink to={paths.round(r.roundId)}>
              {r.location} ({r.ikc})
            </AppLink>
          </li>
        ))}
      </ul>
      {result.skipped.length > 0 && (
        <>
          <h2>Overgeslagen</h2>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.locationId}>
                {capitalised(s.location)} ({s.ikc}): {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
