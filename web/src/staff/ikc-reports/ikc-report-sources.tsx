import { dutchDay, ROUND_KIND_NL } from '@driehoek/shared';
import type { IkcReportContent } from './ikc-report-types';

/** Which location reports the IKC report is made of, which locations it leaves out and why, and what it omitted. */
export function IkcReportSources({ report }: { report: IkcReportContent }) {
  return (
    <section aria-labelledby="ikc-sources">
      <h2 id="ikc-sources">Waar dit rapport uit bestaat</h2>
      {report.locations.length === 0 ? (
        <p>Nog geen enkele locatie van dit IKC heeft een gepubliceerd rapport.</p>
      ) : (
        <ul>
          {report.locations.map((l) => (
            <li key={l.locationId}>
              {l.location}: {ROUND_KIND_NL[l.round.kind]} van {dutchDay(l.round.opensOn)}, gepubliceerd rapport versie{' '}
              {l.publication.version}
            </li>
          ))}
        </ul>
      )}
      {report.notIncluded.length > 0 && (
        <>
          <h3>Niet meegenomen</h3>
          <ul>
            {report.notIncluded.map((l) => (
              <li key={l.locationId}>
                {l.location}: {l.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {(report.rawDataGone ?? []).length > 0 && (
        <>
          <h3>Ruwe gegevens verwijderd</h3>
          <ul>
            {(report.rawDataGone ?? []).map((g) => (
              <li key={g.location}>
                {g.location}: de ruwe antwoorden zijn op {dutchDay(g.deletedOn)} verwijderd (bewaartermijn). De cijfers
                blijven; ze kunnen niet meer opnieuw worden berekend.
              </li>
            ))}
          </ul>
        </>
      )}
      {report.notes.length > 0 && (
        <>
          <h3>Weggelaten in deze versie</h3>
          <ul>
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
