import type { Audience, Me, Monitor, MonitorRow } from '@driehoek/shared';
import { useCallback, useEffect, useState } from 'react';
import { isUnauthenticated, type StaffApi, StaffApiError } from './api';
import { groupMonitorRows } from './monitor-groups';

export const MONITOR_REFRESH_MS = 10_000;

const audienceNames: Record<Audience, string> = {
  parents: 'Ouders',
  professionals: 'Medewerkers',
  children: 'Kinderen',
};

const roundStatusNames: Record<MonitorRow['roundStatus'], string> = {
  draft: 'In voorbereiding',
  open: 'Open',
  closed: 'Gesloten',
  reported: 'Gerapporteerd',
};

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? dateFormat.format(new Date(Date.UTC(y, m - 1, d, 12))) : iso;
}

export type MonitorPageProps = {
  api: StaffApi;
  me: Me;
  onSignedOut: (notice?: string) => void;
  refreshMs?: number;
};

/** The response monitor: partial and complete counts per link, refreshed every ten seconds. */
export function MonitorPage({ api, me, onSignedOut, refreshMs = MONITOR_REFRESH_MS }: MonitorPageProps) {
  const [monitor, setMonitor] = useState<Monitor | undefined>(undefined);
  const [updatedAt, setUpdatedAt] = useState<Date | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      setMonitor(await api.monitor());
      setUpdatedAt(new Date());
      setError(undefined);
    } catch (e) {
      if (isUnauthenticated(e)) onSignedOut('Uw sessie is verlopen. Log opnieuw in.');
      else setError(e instanceof StaffApiError ? e.failure.message : 'De gegevens konden niet worden geladen.');
    }
  }, [api, onSignedOut]);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), refreshMs);
    return () => window.clearInterval(timer);
  }, [refresh, refreshMs]);

  const logout = async () => {
    try {
      await api.logout();
    } catch {
      // Leaving the page signed out is what the user asked for; the cookie expires on its own.
    }
    onSignedOut('U bent uitgelogd.');
  };

  const groups = monitor ? groupMonitorRows(monitor.rows) : [];
  return (
    <>
      <header className="topbar">
        <span className="topbar__name">Driehoek</span>
        <span>
          {me.name} <span className="muted">({me.email})</span>
        </span>
        <button type="button" className="button" onClick={logout}>
          Uitloggen
        </button>
      </header>
      <main id="main" className="page page--wide">
        <h1>Responsmonitor</h1>
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
                      <caption>Locatie {loc.location}</caption>
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
                            <th scope="row">{audienceNames[row.audience]}</th>
                            <td className="link-cell">
                              <a href={`/s/${row.linkId}`}>{`${window.location.origin}/s/${row.linkId}`}</a>
                            </td>
                            <td>{roundStatusNames[row.roundStatus]}</td>
                            <td>
                              {formatDay(row.opensOn)} – {formatDay(row.closesOn)}
                            </td>
                            <td className="number">{row.partial}</td>
                            <td className="number">{row.complete}</td>
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
      </main>
    </>
  );
}
