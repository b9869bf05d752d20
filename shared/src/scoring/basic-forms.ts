import type { InstrumentFile } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { basicFormExperience } from './basic-forms-experience';
import { basicFormsInPlace } from './basic-forms-in-place';
import { halfAdoption } from './half-adoption';
import type { BasicForms, ItemSummary, TagSummary } from './report-schema';
import type { ScoringResponse } from './scoring-input';

/**
 * The four basic forms side by side (issue 18.6): what professionals say is in place, what parents experience (their
 * items tagged with the form, from the suppressed report), and the half-adoption flag. Null when the professionals'
 * questionnaire has no basic-form facts (before version 2).
 */
export function basicForms(
  responses: ReadonlyArray<ScoringResponse>,
  instruments: ReadonlyArray<InstrumentFile>,
  report: { items: ReadonlyArray<ItemSummary>; tags: ReadonlyArray<TagSummary> },
  model: Pick<ScanModel, 'privacy' | 'answerScales' | 'tags'>,
): BasicForms | null {
  const inPlace = basicFormsInPlace(responses, instruments, model);
  if (inPlace.size === 0) return null;
  return {
    forms: Object.entries(model.tags.form).map(([form, name]) => ({
      form,
      name,
      professionals: inPlace.get(form) ?? null,
      parents: basicFormExperience(form, report.items, report.tags),
    })),
    halfAdoption: halfAdoption(inPlace.get('start-conversation'), responses, instruments, model),
  };
}
