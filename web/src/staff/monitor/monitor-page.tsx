import { AUDIENCE_NL, api, capitalised, type Monitor, ROUND_STATUS_NL } from '@driehoek/shared';
import { useCallback, useState } from 'react';
import { call, failureMessage, isUnauthenticated } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { CountCell } from '../ui/count-cell';
import { PageHeading } from '../ui/page-heading';
import { usePolling } from '../ui/use-polling';
import { groupMonitorRows } from './monitor-groups';

export const MONITOR_REFRESH_MS = 10_000;

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The overview: partial and complete counts per link of every round the user may see, refreshed every ten seconds. */
export function MonitorPage({ refreshMs = MONITOR_REFRESH_MS }: { refreshMs?: number }) {
  const { signOut } = useStaff();
  const [monitor, setMonitor] = useState<Monitor | undefined>(undefined);
  const [updatedAt, setUpdatedAt] = useState<Date | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      setMonitor(await call(api.monitor.all, {}));
      setUpdatedAt(new Date());
      setError(undefined);
    } catch (e) {
      if (isUnauthenticated(e)) signOut('Uw sessie is verlopen. Log opnieuw in.');
      else setError(failureMessage(e, 'De gegevens konden niet worden geladen.'));
    }
  }, [signOut]);
  usePolling(refresh, refreshMs);

  const groups = monitor ? groupMonitorRows(monitor.rows) : [];
  return (
    <>
      <PageHeading title="Responsmonitor">Responsmonitor</PageHeading>
      <p className="muted" role="status">
        {updatedAt ? `Bijgewerkt om ${timeFormat.format(updatedAt)}; ververst elke 10 seconden.` : 'Laden…'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {monitor && groups.length === 0 && <p>Er zijn nog geen rondes die u kunt zien.</p>}
      {groups.map((org, i) => (
        <section key={org.organisation} aria-labelledby={`organisation-${i}`}>
          <h2 id={`organisation-${i}`}>{org.organisation}</h2>
          {org.ikcs.map((ikc) => (
            <section key={ikc.ikc}>
              <h3>{ikc.ikc}</h3>
              {ikc.locations.map((loc) => (
                <div className="table-wrap" key={loc.location}>
                  <table>
                    <caption>{loc.location}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Doelgroep</th>
                        <th scope="col">Link</th>
                        <th scope="col">Ronde</th>
                        <th scope="col">Periode</th>
                        <th scope="col" className="number">
                          Gedeeltelijk
                        </th>
                        <th scope="col" className="number">
                          Volledig
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {loc.rows.map((row) => (
                        <tr key={`${row.roundId}-${row.linkId}`}>
                          <th scope="row">{capitalised(AUDIENCE_NL[row.audience])}</th>
                          <td className="link-cell">
                            <a href={`/s/${row.linkId}`}>{`${window.location.origin}/s/${row.linkId}`}</a>
                          </td>
                          <td>
                            <AppLink to={paths.round(row.roundId, 'respons')}>
                              {capitalised(ROUND_STATUS_NL[row.roundStatus])}
                            </AppLink>
                          </td>
                          <td>
                            {formatDay(row.opensOn)} – {formatDay(row.closesOn)}
                          </td>
                          <CountCell value={row.partial} />
                          <CountCell value={row.complete} />
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
