import type { KnosterCondition, KnosterFailure, KnosterFinding, KnosterInput, PlanAction } from '../contracts/plans';
import { KNOSTER_CONDITION_LABEL, KNOSTER_FAILURE_LABEL } from './labels';

/** Knoster's model: what goes wrong when each condition for change is missing. */
export const KNOSTER_FAILURE: Record<KnosterCondition, { key: KnosterFailure; explanation: string }> = {
  vision: {
    key: 'confusion',
    explanation: 'Zonder gedeelde visie weet niet iedereen waarom dit doel ertoe doet: dat geeft verwarring.',
  },
  skills: {
    key: 'anxiety',
    explanation: 'Zonder de vaardigheden voelen medewerkers zich onzeker over de nieuwe aanpak: dat geeft angst.',
  },
  incentives: {
    key: 'resistance',
    explanation: 'Zonder motivatie of prikkels zien mensen niet wat het hun oplevert: dat geeft weerstand.',
  },
  resources: {
    key: 'frustration',
    explanation:
      'Zonder middelen (tijd, ruimte, geld, een tolk) lukt het niet, hoe graag men ook wil: dat geeft frustratie.',
  },
  actionPlan: {
    key: 'false-start',
    explanation:
      'Zonder actieplan (wie doet wat, wanneer) begint men enthousiast maar zonder richting: dat geeft een valse start.',
  },
};

const CONDITIONS: KnosterCondition[] = ['vision', 'skills', 'incentives', 'resources', 'actionPlan'];

/** A condition counts as thought through when the team wrote something that is more than a placeholder. */
const written = (text: string) => text.replace(/[\s.\-–?!]/g, '').length >= 3;

/**
 * Knoster's five conditions for one goal, each present or missing with the failure it leads to. The action plan
 * also counts as present when one of the goal's running actions has an owner and a due date.
 */
export function knosterFindings(
  knoster: KnosterInput,
  actions: ReadonlyArray<Pick<PlanAction, 'owner' | 'dueOn' | 'status'>> = [],
): KnosterFinding[] {
  const planned = actions.some((a) => a.status !== 'stopped' && a.owner.trim() !== '' && a.dueOn !== null);
  return CONDITIONS.map((condition) => {
    const present = written(knoster[condition]) || (condition === 'actionPlan' && planned);
    const failure = KNOSTER_FAILURE[condition];
    return {
      condition,
      label: KNOSTER_CONDITION_LABEL[condition],
      present,
      failure: present
        ? null
        : { key: failure.key, label: KNOSTER_FAILURE_LABEL[failure.key], explanation: failure.explanation },
    };
  });
}

/** The failures a goal's plan is heading for, named: ["verwarring", "valse start"]. */
export function missingConditionFailures(findings: ReadonlyArray<KnosterFinding>): string[] {
  return findings.flatMap((f) => (f.failure ? [f.failure.label] : []));
}
