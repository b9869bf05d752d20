import { api } from '@driehoek/shared';
import { call, href } from '../../api/client';
import { useLoad } from '../shell/use-load';

/** The contract names no query for the documents; `version=published` shows a researcher the publication. */
const asPublished = (address: string) => `${address}?version=published`;

/** The IKC report as one HTML document (a new tab), as readers see it once published, and as PDF when possible. */
export function IkcReportLinks({ ikcId, published = false }: { ikcId: string; published?: boolean }) {
  const where = { params: { ikcId } };
  const pdf = useLoad(
    () =>
      call(api['ikc-reports'].pdfAvailable, where).then(
        (r) => r.available,
        () => false,
      ),
    [ikcId],
  );
  return (
    <div className="actions">
      <a
        className="button button--primary"
        href={href(api['ikc-reports'].html, where)}
        target="_blank"
        rel="noreferrer"
      >
        IKC-rapport openen <span className="visually-hidden">(nieuw tabblad)</span>
      </a>
      {published && (
        <a className="button" href={asPublished(href(api['ikc-reports'].html, where))} target="_blank" rel="noreferrer">
          Zoals lezers het zien <span className="visually-hidden">(nieuw tabblad)</span>
        </a>
      )}
      {pdf.data === true && (
        <a className="button" href={href(api['ikc-reports'].pdf, where)} download>
          PDF downloaden
        </a>
      )}
    </div>
  );
}
