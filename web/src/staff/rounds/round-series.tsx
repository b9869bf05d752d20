import { api, can, ROUND_STATUS_NL, type Round, type RoundRef, roundTitle } from '@driehoek/shared';
import { call } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';

function RoundLink({ round }: { round: RoundRef }) {
  return (
    <AppLink to={paths.round(round.id)}>
      {roundTitle(round)} ({ROUND_STATUS_NL[round.status]}, {formatDay(round.opensOn)} – {formatDay(round.closesOn)})
    </AppLink>
  );
}

/** Where a round stands in its series: what it is compared with, its follow-ups, and a way to make one. */
export function RoundSeriesPanel({ round }: { round: Round }) {
  const { me } = useStaff();
  const loaded = useLoad(() => call(api.rounds.series, { params: { id: round.id } }), [round.id]);
  if (loaded.state !== 'ready') return null;
  const { comparedWith, followUps } = loaded.data;
  return (
    <section aria-labelledby="series-title">
      <h2 id="series-title">Vergelijking</h2>
      {comparedWith ? (
        <p>
          Het rapport vergelijkt met <RoundLink round={comparedWith} />.
        </p>
      ) : (
        round.kind === 'follow_up' && (
          <p className="muted">
            Deze vervolgmeting is niet vanuit een ronde gemaakt: het rapport vergelijkt met de laatste eerdere gesloten
            ronde van de locatie.
          </p>
        )
      )}
      {followUps.length > 0 && (
        <>
          <p>Vervolgmetingen van deze ronde:</p>
          <ul>
            {followUps.map((f) => (
              <li key={f.id}>
                <RoundLink round={f} />
              </li>
            ))}
          </ul>
        </>
      )}
      {can(me.role, 'rounds.write') && (
        <p>
          <AppLink className="button" to={paths.followUp(round.id)}>
            Vervolgmeting aanmaken
          </AppLink>
        </p>
      )}
    </section>
  );
}
