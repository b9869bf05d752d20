import {
  type Audience,
  api,
  FollowUpInputSchema,
  formatDutchDate,
  type InstrumentSummary,
  type Round,
  type RoundSeries,
  roundTitle,
} from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { TextField } from '../ui/text-field';
import { chosenPins, InstrumentPinsFields, pinKey } from './instrument-pins';

/** `/app/rondes/<id>/vervolgmeting`: a follow-up of a round, its settings copied and the comparison linked. */
export function FollowUpPage({ roundId }: { roundId: string }) {
  const loaded = useLoad(
    async () => ({
      round: await call(api.rounds.get, { params: { id: roundId } }),
      series: await call(api.rounds.series, { params: { id: roundId } }),
      instruments: (await call(api.instruments.list, {})).items,
    }),
    [roundId],
  );
  return (
    <LoadState loaded={loaded}>
      {({ round, series, instruments }) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.location(round.locationId)}>
              {round.location} ({round.ikc})
            </AppLink>{' '}
            › <AppLink to={paths.round(round.id)}>{roundTitle(round)}</AppLink>
          </p>
          <PageHeading title={`Vervolgmeting — ${round.location}`}>
            Vervolgmeting <span className="heading-sub">{round.location}</span>
          </PageHeading>
          <FollowUpForm round={round} series={series} instruments={instruments} />
        </>
      )}
    </LoadState>
  );
}

function FollowUpForm({
  round,
  series,
  instruments,
}: {
  round: Round;
  series: RoundSeries;
  instruments: readonly InstrumentSummary[];
}) {
  const { proposal } = series;
  const audiences = proposal.audiences.map((a) => a.audience);
  const [name, setName] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [pins, setPins] = useState<Partial<Record<Audience, string>>>(() =>
    Object.fromEntries(proposal.audiences.map((a) => [a.audience, pinKey(a.offered)])),
  );
  const { errors, setErrors, busy, submit } = useFormSubmit();
  const hints = Object.fromEntries(
    proposal.audiences
      .filter((a) => a.offered.version !== a.pinned.version)
      .map((a) => [
        a.audience,
        `Nieuwere versie beschikbaar: ${roundTitle(round).toLowerCase()} gebruikte versie ${a.pinned.version}. Het rapport vergelijkt via de concepten die beide versies meten.`,
      ]),
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: name.trim() === '' ? null : name,
      opensOn,
      closesOn,
      instruments: chosenPins(instruments, pins),
    };
    const parsed = FollowUpInputSchema.safeParse(body);
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const created = await submit(() => call(api.rounds.createFollowUp, { params: { id: round.id }, body }));
    if (created) navigate(paths.round(created.id), { replace: true });
  };

  return (
    <form className="form form--wide" onSubmit={save} noValidate>
      <p>
        Een vervolgmeting bij {round.location} die het rapport vergelijkt met{' '}
        <AppLink to={paths.round(round.id)}>{roundTitle(round)}</AppLink>. Doelgroepen en{' '}
        {proposal.singleUseCodes ? 'eenmalige codes' : 'open links'} zijn overgenomen; de nieuwste versie van elke
        vragenlijst staat klaar. De ronde opent na {formatDutchDate(proposal.opensAfter)}.
      </p>
      <ErrorSummary errors={errors} />
      <TextField
        label="Naam (optioneel)"
        hint="Zonder naam heet de ronde “Vervolgmeting”."
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
          audiences={audiences}
          pins={pins}
          onChange={(audience, value) => setPins((p) => ({ ...p, [audience]: value }))}
          errors={errors}
          hints={hints}
        />
      </fieldset>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          Vervolgmeting aanmaken
        </button>
      </div>
    </form>
  );
}
