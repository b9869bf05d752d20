import { api } from '@driehoek/shared';
import { call, href } from '../../api/client';
import { useLoad } from '../shell/use-load';

/** The contract names no query for the documents yet; `version=published` shows a researcher the publication. */
const asPublished = (address: string) => `${address}?version=published`;

export type ReportLinksProps = {
  roundId: string;
  /** Offer the publication in force beside the draft (researchers, once published). */
  published?: boolean;
};

/** The report as one HTML document (a new tab), as readers see it when published, and as PDF when the server can. */
export function ReportLinks({ roundId, published = false }: ReportLinksProps) {
  const where = { params: { roundId } };
  const pdf = useLoad(
    () =>
      call(api.reports.pdfAvailable, where).then(
        (r) => r.available,
        () => false,
      ),
    [roundId],
  );
  return (
    <>
      <div className="actions">
        <a className="button button--primary" href={href(api.reports.html, where)} target="_blank" rel="noreferrer">
          Rapport openen <span className="visually-hidden">(nieuw tabblad)</span>
        </a>
        {published && (
          <a className="button" href={asPublished(href(api.reports.html, where))} target="_blank" rel="noreferrer">
            Zoals lezers het zien <span className="visually-hidden">(nieuw tabblad)</span>
          </a>
        )}
        {pdf.data === true && (
          <a className="button" href={href(api.reports.pdf, where)} download>
            PDF downloaden
          </a>
        )}
      </div>
      {pdf.state === 'ready' && pdf.data === false && (
        <p className="hint">Een PDF maakt de server hier niet. Open het rapport en kies Afdrukken → Opslaan als PDF.</p>
      )}
    </>
  );
}
