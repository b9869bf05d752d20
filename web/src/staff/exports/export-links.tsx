import { api } from '@driehoek/shared';
import { href } from '../../api/client';

/**
 * The raw data of a round for the researcher's own analysis: answers as CSV and Excel, codebook, SPSS syntax; the
 * mystery-guest visits as CSV and Excel with their own codebook.
 */
export function ExportLinks({ roundId, tooFew = null }: { roundId: string; tooFew?: string | null }) {
  const where = { params: { roundId } };
  return (
    <>
      <h2>Ruwe gegevens</h2>
      {tooFew ? (
        <p>{tooFew} Daarom staan er in de bestanden geen antwoorden van die groepen.</p>
      ) : (
        <p>
          Voor eigen analyse; bevat geen namen, wel alle antwoorden van elke groep die groot genoeg is om te tonen.
          Bewaar de bestanden veilig.
        </p>
      )}
      <ul className="link-list">
        <li>
          <a href={href(api.exports.responsesCsv, where)} download>
            Antwoorden (CSV)
          </a>
        </li>
        <li>
          <a href={href(api.exports.responsesXlsx, where)} download>
            Antwoorden (Excel)
          </a>
        </li>
        <li>
          <a href={href(api.exports.codebookCsv, where)} download>
            Codeboek (CSV)
          </a>
        </li>
        <li>
          <a href={href(api.exports.responsesSps, where)} download>
            SPSS-syntax
          </a>
        </li>
      </ul>
      <h3>Bezoeken van de mystery guest</h3>
      <p>Eén regel per vastgelegd bezoek: waarnemingen, gemeten feiten, scenario en observant.</p>
      <ul className="link-list">
        <li>
          <a href={href(api.exports.visitsCsv, where)} download>
            Bezoeken (CSV)
          </a>
        </li>
        <li>
          <a href={href(api.exports.visitsXlsx, where)} download>
            Bezoeken (Excel)
          </a>
        </li>
        <li>
          <a href={href(api.exports.visitsCodebookCsv, where)} download>
            Codeboek bezoeken (CSV)
          </a>
        </li>
      </ul>
    </>
  );
}
