import { AUDIENCE_NL, capitalised, ROUND_KIND_NL, ROUND_STATUS_NL, type Round, roundTitle } from '@driehoek/shared';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';

export type RoundsTableProps = { rounds: readonly Round[]; caption: string; showLocation?: boolean };

/** Rounds with their status, period and audiences; each links to its round page. */
export function RoundsTable({ rounds, caption, showLocation = true }: RoundsTableProps) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Ronde</th>
            {showLocation && <th scope="col">Locatie</th>}
            <th scope="col">Status</th>
            <th scope="col">Periode</th>
            <th scope="col">Doelgroepen</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <AppLink to={paths.round(round.id)}>{roundTitle(round)}</AppLink>
                {round.name && <span className="muted"> · {capitalised(ROUND_KIND_NL[round.kind])}</span>}
              </th>
              {showLocation && (
                <td>
                  {round.location} <span className="muted">({round.ikc})</span>
                </td>
              )}
              <td>
                <span className={`status status--${round.status}`}>{capitalised(ROUND_STATUS_NL[round.status])}</span>
              </td>
              <td>
                {formatDay(round.opensOn)} – {formatDay(round.closesOn)}
              </td>
              <td>{round.links.map((l) => capitalised(AUDIENCE_NL[l.audience])).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
