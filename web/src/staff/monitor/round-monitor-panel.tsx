import { AUDIENCE_NL, api, capitalised, type Round, type RoundMonitor } from '@driehoek/shared';
import { useCallback, useState } from 'react';
import { call, failureMessage, isUnauthenticated } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { useStaff } from '../shell/staff-context';
import { CountCell } from '../ui/count-cell';
import { usePolling } from '../ui/use-polling';
import { MONITOR_REFRESH_MS } from './monitor-page';
import { ResponsesChart } from './responses-chart';
import { StuffingHelp } from './stuffing-help';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** How the rate reads (under 30% indicative only, 30–50% moderate, 50% and up good). */
export function rateQuality(rate: number): string {
  if (rate < 0.3) return 'indicatief';
  if (rate < 0.5) return 'redelijk';
  return 'goed';
}

/** The round's response per audience: counts, rate, per day as a chart, and traffic warnings; live every 10 s. */
export default function RoundMonitorPanel({
  round,
  refreshMs = MONITOR_REFRESH_MS,
}: {
  round: Round;
  refreshMs?: number;
}) {
  const { signOut } = useStaff();
  const [monitor, setMonitor] = useState<RoundMonitor | undefined>(undefined);
  const [updatedAt, setUpdatedAt] = useState<Date | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setMonitor(await call(api.rounds.monitor, { params: { id: round.id } }));
      setUpdatedAt(new Date());
      setError(undefined);
    } catch (e) {
      if (isUnauthenticated(e)) signOut('Uw sessie is verlopen. Log opnieuw in.');
      else setError(failureMessage(e, 'De respons kon niet worden geladen.'));
    }
  }, [round.id, signOut]);
  usePolling(refresh, refreshMs);

  const flags = monitor?.audiences.flatMap((a) => a.flags.map((f) => ({ audience: a.audience, flag: f }))) ?? [];
  return (
    <>
      <h2>Respons</h2>
      <p className="muted" role="status">
        {updatedAt
          ? `Bijgewerkt om ${timeFormat.format(updatedAt)}; ververst elke 10 seconden zolang dit tabblad zichtbaar is.`
          : 'Laden…'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {flags.length > 0 && (
        <div className="warning" role="alert">
          <p className="warning__title">Opvallend verkeer: kijk of hier iets misgaat</p>
          <ul>
            {flags.map((f) => (
              <li key={`${f.audience}-${f.flag}`}>
                <strong>{capitalised(AUDIENCE_NL[f.audience])}:</strong> {f.flag}
              </li>
            ))}
          </ul>
        </div>
      )}
      {monitor && (
        <>
          <div className="table-wrap">
            <table>
              <caption>Respons per doelgroep</caption>
              <thead>
                <tr>
                  <th scope="col">Doelgroep</th>
                  <th scope="col" className="number">
                    Gedeeltelijk
                  </th>
                  <th scope="col" className="number">
                    Volledig
                  </th>
                  <th scope="col" className="number">
                    Aantal op de locatie
                  </th>
                  <th scope="col">Responspercentage</th>
                </tr>
              </thead>
              <tbody>
                {monitor.audiences.map((a) => (
                  <tr key={a.audience}>
                    <th scope="row">{capitalised(AUDIENCE_NL[a.audience])}</th>
                    <CountCell value={a.partial} />
                    <CountCell value={a.complete} />
                    <td className="number">{a.denominator ?? '—'}</td>
                    <td>
                      {a.responseRate === null ? (
                        <span className="muted">onbekend: vul het aantal in bij de locatie</span>
                      ) : (
                        <>
                          <strong>{percent(a.responseRate)}</strong> ({rateQuality(a.responseRate)})
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Antwoorden per dag</h3>
          <ResponsesChart monitor={monitor} />
          <details>
            <summary>Antwoorden per dag als tabel</summary>
            <div className="table-wrap">
              <table>
                <caption>Volledige antwoorden per dag</caption>
                <thead>
                  <tr>
                    <th scope="col">Doelgroep</th>
                    <th scope="col">Datum</th>
                    <th scope="col" className="number">
                      Volledig
                    </th>
                    <th scope="col" className="number">
                      Gedeeltelijk
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {monitor.audiences.flatMap((a) =>
                    a.perDay.map((d) => (
                      <tr key={`${a.audience}-${d.date}`}>
                        <th scope="row">{capitalised(AUDIENCE_NL[a.audience])}</th>
                        <td>{formatDay(d.date)}</td>
                        <td className="number">{d.complete}</td>
                        <td className="number">{d.partial}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      <StuffingHelp />
    </>
  );
}
