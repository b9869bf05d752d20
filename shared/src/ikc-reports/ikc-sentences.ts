import type { IkcCriterionCell, IkcWithout } from '../contracts/ikc-reports';
import { joinDutch } from '../scoring/labels';

const BECAUSE_NL: Record<IkcWithout['because'], string> = {
  hidden: 'te weinig antwoorden',
  missing: 'niet gemeten',
};

/** "zonder Locatie Zuid: te weinig antwoorden": which locations a pooled cell leaves out, and why. */
export function withoutSentence(cell: Pick<IkcCriterionCell, 'without'>): string | null {
  if (cell.without.length === 0) return null;
  return `zonder ${joinDutch(cell.without.map((w) => `${w.location}: ${BECAUSE_NL[w.because]}`))}`;
}
