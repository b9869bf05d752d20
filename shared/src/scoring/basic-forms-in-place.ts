import type { InstrumentFile } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { askedByConcept } from './concept-answers';
import type { FormInPlace } from './report-schema';
import type { ScoringResponse } from './scoring-input';
import { choiceLabels } from './survey-text';

/** How the options of the professionals' basic-form facts (v2) read: fully in place, or for part of the families. */
type FormFact = { form: string; inPlace: ReadonlyArray<string>; partly: ReadonlyArray<string> };

/**
 * The professionals' facts per basic form, by concept. "Nog niet, maar gepland" for the reception is not in place:
 * it did not take place; the option shares still show it.
 */
export const BASIC_FORM_FACTS: Readonly<Record<string, FormFact>> = {
  'professionals.fact.start-conversation': {
    form: 'start-conversation',
    inPlace: ['all-with-child', 'all'],
    partly: ['some'],
  },
  'professionals.fact.communication-plan': { form: 'communication-plan', inPlace: ['all'], partly: ['some'] },
  'professionals.fact.reception': { form: 'reception', inPlace: ['yes'], partly: [] },
  'professionals.fact.buddies': { form: 'buddies', inPlace: ['all'], partly: ['some'] },
};

/**
 * Per basic form the professionals have a fact on: of the professionals asked (routes applied) who answered other
 * than "weet ik niet", the share saying the form is in place, fully and at least partly, with every option's share;
 * hidden below the model's `privacy.minGroupSize`. Keyed by form (`start-conversation`, …).
 */
export function basicFormsInPlace(
  responses: ReadonlyArray<ScoringResponse>,
  instruments: ReadonlyArray<InstrumentFile>,
  model: Pick<ScanModel, 'privacy' | 'answerScales'>,
): Map<string, FormInPlace> {
  const asked = askedByConcept('professionals', responses, instruments, (m) => m.concept in BASIC_FORM_FACTS);
  const out = new Map<string, FormInPlace>();
  for (const [concept, answers] of asked) {
    const fact = BASIC_FORM_FACTS[concept];
    if (!fact) continue;
    const values = answers.flatMap((a) => (typeof a.answer === 'string' ? [a.answer] : []));
    const dontKnow = values.filter((v) => v === model.answerScales.dontKnowValue).length;
    const known = values.filter((v) => v !== model.answerScales.dontKnowValue);
    const n = known.length;
    if (n < model.privacy.minGroupSize) {
      out.set(fact.form, { suppressed: true, concept });
      continue;
    }
    const first = answers[0];
    const labels = first ? choiceLabels(first.file.survey, first.name) : new Map<string, string>();
    labels.delete(model.answerScales.dontKnowValue);
    const share = (accepted: ReadonlyArray<string>) => known.filter((v) => accepted.includes(v)).length / n;
    out.set(fact.form, {
      suppressed: false,
      concept,
      n,
      dontKnow,
      dontKnowRate: values.length > 0 ? dontKnow / values.length : null,
      inPlaceShare: share(fact.inPlace),
      atLeastPartlyShare: share([...fact.inPlace, ...fact.partly]),
      options: [...labels].map(([value, label]) => {
        const count = known.filter((v) => v === value).length;
        return { value, label, count, share: count / n };
      }),
    });
  }
  return out;
}
