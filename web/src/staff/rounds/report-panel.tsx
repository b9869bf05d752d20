import { can, type Round } from '@driehoek/shared';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../staff-context';
import { useLoad } from '../use-load';

/** The report (printable HTML, PDF when the server can make one) and, for researchers, the raw data exports. */
export function ReportPanel({ round }: { round: Round }) {
  const { me } = useStaff();
  const pdf = useLoad(
    (api) =>
      api.pdfAvailable(round.id).then(
        (r) => r.available,
        () => false,
      ),
    [round.id],
  );
  const report = `/api/reports/${round.id}`;
  const exports = `/api/exports/${round.id}`;
  return (
    <>
      <h2>Rapport</h2>
      {round.status === 'draft' && <p className="muted">Het rapport vult zich zodra er antwoorden zijn.</p>}
      <div className="actions">
        <a className="button button--primary" href={`${report}/html`} target="_blank" rel="noreferrer">
          Rapport openen <span className="visually-hidden">(nieuw tabblad)</span>
        </a>
        {pdf.data === true && (
          <a className="button" href={`${report}/pdf`} download>
            PDF downloaden
          </a>
        )}
      </div>
      <h2>Plan van aanpak</h2>
      <p>Van bevindingen naar een plan: kies criteria, een ambitie en acties, en volg de voortgang.</p>
      <p>
        <AppLink to={paths.plan(round.id)}>Plan van aanpak bij deze ronde</AppLink>
      </p>
      {pdf.state === 'ready' && pdf.data === false && (
        <p className="hint">Een PDF maakt de server hier niet. Open het rapport en kies Afdrukken → Opslaan als PDF.</p>
      )}
      <p className="hint">
        Het rapport toont geen cijfers van groepen kleiner dan 5 en open antwoorden alleen na uw beoordeling.
      </p>
      {can(me.role, 'review.write') && (
        <>
          <h2>Ruwe gegevens</h2>
          <p>Voor eigen analyse; bevat geen namen, wel alle antwoorden. Bewaar de bestanden veilig.</p>
          <ul className="link-list">
            <li>
              <a href={`${exports}/responses.csv`} download>
                Antwoorden (CSV)
              </a>
            </li>
            <li>
              <a href={`${exports}/responses.xlsx`} download>
                Antwoorden (Excel)
              </a>
            </li>
            <li>
              <a href={`${exports}/codebook.csv`} download>
                Codeboek (CSV)
              </a>
            </li>
            <li>
              <a href={`${exports}/responses.sps`} download>
                SPSS-syntax
              </a>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
