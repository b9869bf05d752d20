import { capitalised, PERSPECTIVE_NL, SECTOR_NL } from '@driehoek/shared';
import { criterionOf, type IkcReportContent } from './ikc-report-types';

/** School and childcare side by side where a location has both; each hidden group says so, never with a number. */
export function IkcReportSplits({ report }: { report: IkcReportContent }) {
  if (report.splits.length === 0) return null;
  return (
    <section aria-labelledby="ikc-splits">
      <h2 id="ikc-splits">Onderwijs en kinderopvang apart</h2>
      {report.splits.map((s) => (
        <section key={s.locationId} aria-label={`${s.location}: onderwijs en kinderopvang`}>
          <h3>{s.location}</h3>
          {s.reason && <p className="muted">{s.reason}</p>}
          {s.perspectives.map((p) =>
            p.shown ? (
              <div className="table-wrap" key={p.perspective}>
                <table>
                  <caption>{capitalised(PERSPECTIVE_NL[p.perspective])}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Criterium</th>
                      {p.counts.map((g) => (
                        <th scope="col" key={g.sector}>
                          {capitalised(SECTOR_NL[g.sector])}{' '}
                          <span className="muted">({g.suppressed ? 'te weinig' : `${g.count}`})</span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {p.criteria.map((c) => (
                      <tr key={c.criterion}>
                        <th scope="row">{criterionOf(report, c.criterion)}</th>
                        {c.shown ? (
                          c.groups.map((g) => (
                            <td key={g.sector}>{g.suppressed ? '—' : `${g.label} (${g.mean.toFixed(2)}, n=${g.n})`}</td>
                          ))
                        ) : (
                          <td colSpan={p.counts.length} className="muted">
                            te weinig antwoorden per groep
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p key={p.perspective}>
                <strong>{capitalised(PERSPECTIVE_NL[p.perspective])}:</strong> {p.reason}
              </p>
            ),
          )}
        </section>
      ))}
    </section>
  );
}
