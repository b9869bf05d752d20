import { CriterionIdSchema, capitalised, PERSPECTIVE_NL, PERSPECTIVE_ORDER, withoutSentence } from '@driehoek/shared';
import { criterionOf, type IkcReportContent } from './ikc-report-types';

/**
 * The pooled figures per criterion and perspective, each saying which locations it leaves out and why ("zonder
 * Locatie Zuid: te weinig antwoorden"); a cell hidden everywhere says so without a number.
 */
export function IkcReportPerspectives({ report }: { report: IkcReportContent }) {
  const perspectives = PERSPECTIVE_ORDER.filter((p) => report.criteria.some((c) => c.perspective === p));
  if (perspectives.length === 0) return null;
  return (
    <section aria-labelledby="ikc-perspectives">
      <h2 id="ikc-perspectives">Per perspectief, over het IKC</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table that scrolls must be reachable by keyboard. */}
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Criterium</th>
              {perspectives.map((p) => (
                <th scope="col" key={p}>
                  {capitalised(PERSPECTIVE_NL[p])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CriterionIdSchema.options.map((criterion) => (
              <tr key={criterion}>
                <th scope="row">{criterionOf(report, criterion)}</th>
                {perspectives.map((p) => {
                  const cell = report.criteria.find((c) => c.criterion === criterion && c.perspective === p);
                  const without = cell ? withoutSentence(cell) : null;
                  return (
                    <td key={p}>
                      {!cell
                        ? '—'
                        : cell.suppressed
                          ? 'te weinig antwoorden'
                          : `${cell.label} (${cell.mean.toFixed(2)}, n=${cell.n})`}
                      {without && <span className="ikc-marker muted">{without}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
