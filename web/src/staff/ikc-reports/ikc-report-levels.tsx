import { adjustedSentence, CriterionIdSchema, capitalised } from '@driehoek/shared';
import { LevelBadge } from '../ui/level-badge';
import { criterionOf, type IkcReportContent, levelText } from './ikc-report-types';

/**
 * The table an IKC director asks for: per criterion the IKC's level (pooled, by the location report's rules) beside
 * each location's published level, the researcher's levels marked with the reason in their title.
 */
export function IkcReportLevels({ report }: { report: IkcReportContent }) {
  return (
    <section aria-labelledby="ikc-levels">
      <h2 id="ikc-levels">Niveaus: het IKC en zijn locaties</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table that scrolls must be reachable by keyboard. */}
      <div className="table-wrap" tabIndex={0}>
        <table className="ikc-levels">
          <thead>
            <tr>
              <th scope="col">Criterium</th>
              <th scope="col">IKC</th>
              {report.locations.map((l) => (
                <th scope="col" key={l.locationId}>
                  {l.location}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CriterionIdSchema.options.map((criterion) => {
              const overall = report.overall.find((o) => o.criterion === criterion);
              if (!overall) return null;
              return (
                <tr key={criterion}>
                  <th scope="row">{criterionOf(report, criterion)}</th>
                  <td>
                    <LevelBadge level={overall.level} label={levelText(overall.level)} />
                    <p className="ikc-why">{overall.explanation.sentence}</p>
                  </td>
                  {report.locations.map((l) => {
                    const e = l.levels.find((x) => x.criterion === criterion);
                    const adjusted = e ? adjustedSentence(e) : null;
                    return (
                      <td key={l.locationId}>
                        <LevelBadge level={e?.level ?? null} label={levelText(e?.level ?? null)} />
                        {adjusted && <span className="ikc-marker">{capitalised(adjusted)}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
