import { publicationText } from './publication-stamp';
import type { DraftView } from './report-view-types';

/**
 * What the researcher is looking at: a draft nobody else sees, or the draft beside the publication in force, with
 * what a reader would see differently if they published again.
 */
export function DraftBand({ published }: { published: DraftView['published'] }) {
  if (!published) {
    return (
      <div className="report-band report-band--draft">
        <p className="report-band__title">Concept — niet gepubliceerd</p>
        <p>Alleen onderzoekers en beheerders zien dit concept. Het IKC-team en de gemeente zien alleen de respons.</p>
      </div>
    );
  }
  return (
    <div className="report-band report-band--published">
      <p className="report-band__title">Gepubliceerd ({publicationText(published)})</p>
      {published.changes.length === 0 ? (
        <p>Het concept is gelijk aan de publicatie.</p>
      ) : (
        <>
          <p>Gewijzigd sinds publicatie:</p>
          <ul>
            {published.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p>Lezers zien deze wijzigingen pas als u opnieuw publiceert.</p>
        </>
      )}
    </div>
  );
}
