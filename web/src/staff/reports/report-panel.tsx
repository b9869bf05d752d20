import { api, can, type Round } from '@driehoek/shared';
import { call, href } from '../../api/client';
import { ExportLinks } from '../exports/export-links';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';

/** The report (printable HTML, PDF when the server can make one) and, for researchers, the raw data exports. */
export function ReportPanel({ round }: { round: Round }) {
  const { me } = useStaff();
  const where = { params: { roundId: round.id } };
  const pdf = useLoad(
    () =>
      call(api.reports.pdfAvailable, where).then(
        (r) => r.available,
        () => false,
      ),
    [round.id],
  );
  return (
    <>
      <h2>Rapport</h2>
      {round.status === 'draft' && <p className="muted">Het rapport vult zich zodra er antwoorden zijn.</p>}
      <div className="actions">
        <a className="button button--primary" href={href(api.reports.html, where)} target="_blank" rel="noreferrer">
          Rapport openen <span className="visually-hidden">(nieuw tabblad)</span>
        </a>
        {pdf.data === true && (
          <a className="button" href={href(api.reports.pdf, where)} download>
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
      {can(me.role, 'review.write') && <ExportLinks roundId={round.id} />}
    </>
  );
}
