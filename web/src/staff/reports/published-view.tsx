import { adjustedSentence, capitalised, effectiveLevels, exclusionsText } from '@driehoek/shared';
import { formatDay } from '../../lib/dates';
import { LevelBadge } from '../ui/level-badge';
import { publicationText } from './publication-stamp';
import { ReportLinks } from './report-links';
import { criterionTitle, levelText, type PublishedView as View } from './report-view-types';

const summaryParts = [
  { key: 'strengths', title: 'Wat goed gaat' },
  { key: 'improvements', title: 'Waar het IKC aan kan werken' },
  { key: 'advice', title: 'Advies' },
] as const;

/**
 * The publication in force, as the IKC team and the municipality read it: frozen when the researcher published.
 * `tooFew`: the round's sentence when it stayed below the minimum group size; then no table of hidden levels.
 */
export function PublishedView({ view, tooFew = null }: { view: View; tooFew?: string | null }) {
  const { judgement, publication } = view;
  const summary = summaryParts.filter((p) => judgement.summary[p.key].trim() !== '');
  const levels = effectiveLevels(view.report.overall, judgement);
  return (
    <div className="report-published">
      <div className="report-band report-band--published">
        <p className="report-band__title">Gepubliceerd ({publicationText(publication)})</p>
        <p>Dit is het rapport zoals de onderzoeker het heeft gepubliceerd.</p>
        {view.rawDataDeletedOn && (
          <p>
            De ruwe gegevens van deze ronde (antwoorden, open antwoorden, bezoekverslagen en codes) zijn op{' '}
            {formatDay(view.rawDataDeletedOn)} verwijderd, na afloop van de bewaartermijn. Dit rapport blijft zoals het
            is gepubliceerd.
          </p>
        )}
        {exclusionsText(view.exclusions) && (
          <p>Uitgesloten door de onderzoeker: {exclusionsText(view.exclusions)}. Die tellen nergens mee.</p>
        )}
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
      {/* A round below the minimum has no levels: the sentence above the report says so (issue 19). */}
      {!tooFew && (
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
      )}
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
