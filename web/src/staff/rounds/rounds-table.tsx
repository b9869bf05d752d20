import type { Round } from '@driehoek/shared';
import { audienceNames, formatDay, roundKindNames, roundStatusNames } from '../labels';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';

export type RoundsTableProps = { rounds: readonly Round[]; caption: string; showLocation?: boolean };

export const roundTitle = (round: Pick<Round, 'name' | 'kind'>) => round.name ?? roundKindNames[round.kind];

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
                {round.name && <span className="muted"> · {roundKindNames[round.kind]}</span>}
              </th>
              {showLocation && (
                <td>
                  {round.location} <span className="muted">({round.ikc})</span>
                </td>
              )}
              <td>
                <span className={`status status--${round.status}`}>{roundStatusNames[round.status]}</span>
              </td>
              <td>
                {formatDay(round.opensOn)} – {formatDay(round.closesOn)}
              </td>
              <td>{round.links.map((l) => audienceNames[l.audience]).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
