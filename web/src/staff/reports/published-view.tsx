import { adjustedSentence, capitalised, effectiveLevels } from '@driehoek/shared';
import { LevelBadge } from '../ui/level-badge';
import { publicationText } from './publication-stamp';
import { ReportLinks } from './report-links';
import { criterionTitle, levelText, type PublishedView as View } from './report-view-types';

const summaryParts = [
  { key: 'strengths', title: 'Wat goed gaat' },
  { key: 'improvements', title: 'Waar het IKC aan kan werken' },
  { key: 'advice', title: 'Advies' },
] as const;

/** The publication in force, as the IKC team and the municipality read it: frozen when the researcher published. */
export function PublishedView({ view }: { view: View }) {
  const { judgement, publication } = view;
  const summary = summaryParts.filter((p) => judgement.summary[p.key].trim() !== '');
  const levels = effectiveLevels(view.report.overall, judgement);
  return (
    <div className="report-published">
      <div className="report-band report-band--published">
        <p className="report-band__title">Gepubliceerd ({publicationText(publication)})</p>
        <p>Dit is het rapport zoals de onderzoeker het heeft gepubliceerd.</p>
      </div>
      <ReportLinks roundId={view.round.id} />
      <section aria-labelledby="published-summary">
        <h3 id="published-summary">Samenvatting van de onderzoeker</h3>
        {summary.length === 0 && <p className="muted">De onderzoeker heeft geen samenvatting geschreven.</p>}
        {summary.map((p) => (
          <div key={p.key} className="report-summary-part">
            <h4>{p.title}</h4>
            <p className="report-text">{judgement.summary[p.key]}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="published-levels">
        <h3 id="published-levels">Niveaus per criterium</h3>
        <div className="table-wrap">
          <table className="report-levels">
            <thead>
              <tr>
                <th scope="col">Criterium</th>
                <th scope="col">Niveau</th>
                <th scope="col">Toelichting</th>
              </tr>
            </thead>
            <tbody>
              {levels.map((e, i) => {
                const overall = view.report.overall[i];
                const interpretation = judgement.criteria.find((c) => c.criterion === e.criterion)?.interpretation;
                const adjusted = adjustedSentence(e);
                return (
                  <tr key={e.criterion}>
                    <th scope="row">{criterionTitle(view.criterionNames, e.criterion)}</th>
                    <td>
                      <LevelBadge level={e.level} label={levelText(e.level)} />
                      {adjusted && <span className="report-marker">vastgesteld door de onderzoeker</span>}
                    </td>
                    <td>
                      {adjusted && <p className="judgement__adjusted">{capitalised(adjusted)}</p>}
                      <p className="judgement__why">
                        <span className="judgement__label">Waarom{adjusted ? ' (berekend)' : ''}:</span>{' '}
                        {overall?.explanation.sentence}
                      </p>
                      {interpretation && <p className="report-text">{interpretation}</p>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      {judgement.quotes.length > 0 && (
        <section aria-labelledby="published-quotes">
          <h3 id="published-quotes">Uit de bezoeken van de mystery guest</h3>
          <ul className="report-quotes">
            {judgement.quotes.map((q) => (
              <li key={`${q.visitId}/${q.question}`}>
                <span className="muted">
                  {q.touchpoint} · {q.title}:
                </span>{' '}
                “{q.text}”
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
