import { type ReportRound, ROUND_KIND_NL } from '@driehoek/shared';

/** Letters without accents, lower case, anything else one hyphen: safe in a Content-Disposition header on any OS. */
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'locatie';

/**
 * The name of an export file: location, round (kind and opening day) and the day it was made, then what it is
 * (issue 19). A researcher who downloads several rounds or downloads again after late answers can tell the files
 * apart; the SPSS syntax names the CSV of the same day (`spssSyntax`).
 */
export function exportFileName(
  round: Pick<ReportRound, 'location' | 'kind' | 'opensOn'>,
  today: string,
  file: string,
): string {
  return `${slug(round.location)}_${ROUND_KIND_NL[round.kind]}-${round.opensOn}_export-${today}_${file}`;
}
