import { joinDutch } from '../scoring/labels';
import type { LocationReport } from '../scoring/report-schema';
import { countOf, PERSPECTIVE_NL, PERSPECTIVE_ORDER } from '../vocabulary';

/**
 * Whether a round has too few responses to report anything: no criterion has figures for any perspective (every
 * group below the model's minimum, and no mystery-guest visit scored), so no criterion has a level.
 */
export const tooFewToReport = (report: Pick<LocationReport, 'criteria' | 'overall'>): boolean =>
  report.criteria.every((c) => c.suppressed) && report.overall.every((o) => o.level === null);

/**
 * The one plain sentence a report, the report screen and the exports give a round below the minimum, instead of
 * pages of "verborgen": who stayed below it, and the counts that may be shown (groups at or above the minimum, the
 * mystery guest's visits). Null when the round has figures to report.
 */
export function tooFewSentence(
  report: Pick<LocationReport, 'criteria' | 'overall' | 'respondents' | 'mysteryGuest'>,
  minGroupSize: number,
): string | null {
  if (!tooFewToReport(report)) return null;
  const rows = PERSPECTIVE_ORDER.flatMap((p) => report.respondents.byPerspective.filter((r) => r.perspective === p));
  const below = rows.filter((r) => r.suppressed).map((r) => PERSPECTIVE_NL[r.perspective]);
  const shown = rows.flatMap((r) =>
    r.suppressed
      ? []
      : [`${r.complete} ${r.perspective === 'mystery-guest' ? 'bezoeken' : PERSPECTIVE_NL[r.perspective]}`],
  );
  const visits = report.mysteryGuest.touchpoints.reduce((n, t) => n + t.visits.length, 0);
  if (visits > 0) shown.push(countOf(visits, 'bezoek van de mystery guest', 'bezoeken van de mystery guest'));
  const who =
    below.length > 0
      ? `${joinDutch(below)} bleven onder de ${minGroupSize} volledig ingevulde vragenlijsten`
      : `geen groep kwam aan ${minGroupSize} volledig ingevulde vragenlijsten`;
  const counts = shown.length > 0 ? ` Wel te tonen: ${joinDutch(shown)}.` : '';
  return `Te weinig antwoorden om over te rapporteren: ${who}, en cijfers van een kleinere groep zouden naar personen te herleiden zijn.${counts}`;
}
