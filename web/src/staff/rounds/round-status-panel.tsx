import {
  AUDIENCE_NL,
  api,
  can,
  capitalised,
  instrumentName,
  ROUND_KIND_NL,
  ROUND_STATUS_NL,
  type Round,
  type RoundStatus,
  RoundStatusSchema,
  transitionProblem,
} from '@driehoek/shared';
import { useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { ConfirmButton } from '../ui/confirm-button';
import { RoundDatesForm } from './round-dates-form';

/** What a transition button says, by where the round is and where it goes. */
export function transitionLabel(from: RoundStatus, to: RoundStatus): string {
  if (to === 'open') return from === 'draft' ? 'Ronde openen' : 'Ronde heropenen';
  if (to === 'closed') return from === 'open' ? 'Ronde sluiten' : 'Terug naar gesloten';
  return capitalised(ROUND_STATUS_NL[to]);
}

const consequences: Partial<Record<RoundStatus, string>> = {
  open: 'De links werken vanaf de openingsdatum.',
  closed: 'Wie nog bezig is, mag nog even afmaken; nieuwe respondenten kunnen niet meer beginnen.',
};

/** Status, facts and the transitions this status allows, as buttons; the server's reason when it refuses. */
export function RoundStatusPanel({ round, onChange }: { round: Round; onChange: (round: Round) => void }) {
  const { me } = useStaff();
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const writable = can(me.role, 'rounds.write');
  const targets = RoundStatusSchema.options.filter((to) => transitionProblem(round.status, to) === undefined);

  const move = async (to: RoundStatus) => {
    setRefusal(undefined);
    try {
      onChange(await call(api.rounds.transition, { params: { id: round.id }, body: { to } }));
    } catch (e) {
      setRefusal(failureMessage(e).replace(/^to: /, ''));
    }
  };

  return (
    <>
      <h2>Status</h2>
      <p>
        <span className={`status status--${round.status}`}>{capitalised(ROUND_STATUS_NL[round.status])}</span>
      </p>
      {writable && targets.length > 0 && (
        <div className="actions">
          {targets.map((to) => (
            <ConfirmButton
              key={to}
              label={transitionLabel(round.status, to)}
              question={`${transitionLabel(round.status, to)}? ${consequences[to] ?? ''}`}
              confirmLabel={`Ja, ${transitionLabel(round.status, to).toLowerCase()}`}
              onConfirm={() => move(to)}
            />
          ))}
        </div>
      )}
      <div role="alert">{refusal && <p className="form-error">Niet gelukt: {refusal}</p>}</div>
      <PublicationNote round={round} />
      <dl className="facts">
        <dt>Soort</dt>
        <dd>{capitalised(ROUND_KIND_NL[round.kind])}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDay(round.opensOn)} – {formatDay(round.closesOn)}
        </dd>
        <dt>Toegang</dt>
        <dd>{round.singleUseCodes ? 'Eenmalige codes' : 'Open link per doelgroep'}</dd>
        {round.links.map((link) => (
          <div key={link.audience} className="facts__row">
            <dt>{capitalised(AUDIENCE_NL[link.audience])}</dt>
            <dd>
              {instrumentName(link.instrument.key)}, versie {link.instrument.version}
            </dd>
          </div>
        ))}
      </dl>
      {writable && <RoundDatesForm round={round} onSaved={onChange} />}
    </>
  );
}

/** Publishing and retracting freeze or free what readers see, so they live under Rapport, not among these buttons. */
function PublicationNote({ round }: { round: Round }) {
  const { me } = useStaff();
  if (!can(me.role, 'report.publish')) return null;
  const report = <AppLink to={paths.round(round.id, 'rapport')}>Rapport</AppLink>;
  if (round.status === 'closed')
    return (
      <p className="notice">
        Het rapport publiceert u onder {report}: daar ziet u eerst wat nog te doen is. Pas daarna lezen het IKC-team en
        de gemeente het.
      </p>
    );
  if (round.status === 'reported')
    return <p className="notice">Het rapport is gepubliceerd. Intrekken kan onder {report}, met een reden.</p>;
  return null;
}
