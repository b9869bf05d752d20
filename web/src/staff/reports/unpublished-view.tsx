import { AUDIENCE_NL, capitalised } from '@driehoek/shared';
import { CountCell } from '../ui/count-cell';
import type { UnpublishedView as View } from './report-view-types';

/** Before publication the IKC team and the municipality see how many answered, and nothing of what they said. */
export function UnpublishedView({ view }: { view: View }) {
  return (
    <div className="report-unpublished">
      <div className="report-band report-band--draft">
        <p className="report-band__title">Het rapport is nog niet gepubliceerd</p>
        <p>
          De onderzoeker beoordeelt de antwoorden en publiceert het rapport na het sluiten van de ronde. Tot die tijd
          ziet u alleen de respons.
        </p>
      </div>
      <div className="table-wrap">
        <table>
          <caption>Respons per doelgroep</caption>
          <thead>
            <tr>
              <th scope="col">Doelgroep</th>
              <th scope="col" className="number">
                Volledig
              </th>
              <th scope="col" className="number">
                Gedeeltelijk
              </th>
            </tr>
          </thead>
          <tbody>
            {view.counts.map((c) => (
              <tr key={c.audience}>
                <th scope="row">{capitalised(AUDIENCE_NL[c.audience])}</th>
                <CountCell value={c.complete} />
                <CountCell value={c.partial} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">Groepen van minder dan 5 krijgen geen aantal, om de anonimiteit te beschermen.</p>
    </div>
  );
}
