import {
  ACTION_STATUS_NL,
  decisionLine,
  decisionOutcomeText,
  dutchDay,
  KNOSTER_CONDITION_LABEL,
  type Plan,
  type PlanAction,
  type PlanGoal,
  TEN_MINUTE_LABEL,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';

/** Texts both exports share, so the Word file and the PDF say the same thing. */

export const INTRO =
  'Dit plan van aanpak volgt uit de IKC-scan op ouderbetrokkenheid. Per doel staat waarom het nodig is: wat de scan ' +
  'liet zien bij ouders, medewerkers, kinderen en de mystery guest. En hoe de acties de betrokkenheid van ouders ' +
  'vergroten: ouders die zich medeverantwoordelijk voelen voor de ontwikkeling van hun kind, thuis en samen met het ' +
  'IKC. Het plan kan zo dienen als onderbouwing van een aanvraag (bijvoorbeeld Kansen voor Kinderen).';

export const SCALE_NOTE =
  'Niveaus: 1.0 eenrichtingsverkeer (het IKC zendt), 2.0 tweerichtingsverkeer (ouders kunnen reageren), 3.0 ' +
  'samenwerking (IKC en ouders maken samen nieuwe kennis, met de ontwikkeling van het kind als doel). Groepen van ' +
  'minder dan 5 respondenten krijgen geen eigen cijfers; een criterium zonder cijfers staat als "geen gegevens".';

export const goalHeading = (g: PlanGoal) =>
  `${g.criterion} ${g.findings.name}: van ${g.findings.label} naar ${g.ambition}.0`;

export const dateText = (d: string | null) => (d ? dutchDay(d) : '—');

export const statusText = (a: Pick<PlanAction, 'status'>) => ACTION_STATUS_NL[a.status];

/** "Startgesprek" for `form:start-conversation`, from the scan model's vocabulary. */
export function formName(tag: string | null): string | null {
  if (!tag) return null;
  return loadScanModel().tags.form[tag.slice('form:'.length)]?.nl ?? null;
}

/** Why an action helps: the team's description (filled from the library when picked there). */
export const whyText = (a: PlanAction) => {
  const form = formName(a.form);
  return [a.description.trim(), form ? `Basisvorm: ${form}.` : ''].filter(Boolean).join(' ') || '—';
};

export const knosterRows = (g: PlanGoal) =>
  g.knosterFindings.map((f) => ({
    label: KNOSTER_CONDITION_LABEL[f.condition],
    text:
      g.knoster[f.condition].trim() ||
      (f.present && f.condition === 'actionPlan'
        ? 'Vervuld door de acties: die hebben een eigenaar en een einddatum.'
        : ''),
    missing: f.failure ? `Ontbreekt — risico: ${f.failure.label}. ${f.failure.explanation}` : null,
  }));

export const tenMinuteText = (plan: Plan) =>
  plan.tenMinuteRoundsStay ? TEN_MINUTE_LABEL[plan.tenMinuteRoundsStay] : 'nog niet beantwoord';

export const actionCounts = (g: PlanGoal) => {
  const counted = g.actions.filter((a) => a.status !== 'stopped');
  return `${counted.filter((a) => a.status === 'done').length} van ${counted.length} klaar`;
};

/** The committee's decision in force in one line, or a plain "none yet". */
export const currentDecisionText = (plan: Plan) => {
  const current = plan.committee.decisions[0];
  return current ? decisionLine(current) : 'nog geen besluit';
};

/** Every committee decision, newest first, with whether it still holds: replaced ones stay as history. */
export const decisionRows = (plan: Plan) =>
  plan.committee.decisions.map((d) => {
    const next = plan.committee.decisions.find((n) => n.id === d.supersededBy);
    return {
      decidedOn: dutchDay(d.decidedOn),
      subject: d.subject,
      outcome: decisionOutcomeText(d),
      reason: d.reason || '—',
      by: d.by ?? '',
      state: next ? `vervangen door het besluit van ${dutchDay(next.decidedOn)}` : 'geldt',
    };
  });

export const DECISION_COLUMNS = ['Besluit van', 'Waarover', 'Besluit', 'Reden', 'Vastgelegd door', 'Stand'];
