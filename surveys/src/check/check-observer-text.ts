import type { InstrumentFile, ScanModel } from '@driehoek/shared';
import { plainText, textIn } from '../localised';
import { choicesOf, surveyElements } from '../survey-elements';
import { collectLocalisable } from './localisable-strings';
import type { Problem } from './problem';

/** Words and figures that would tell an observer which level a tick stands for. */
const LEVEL_WORDING = /\b(niveaus?|tiers?|levels?)\b|\b[123][.,]0\b/iu;

/**
 * From scan model v2 on, mystery-guest forms: the observer never sees tiers or levels (they live in `items[].tier`
 * only), so nothing the observer reads (titles, descriptions, options, html, page titles) or the page names a
 * navigator could show mentions a level, a tier or 1.0/2.0/3.0. Every tick offers "niet waargenomen" as its own
 * option, worded as the model's `notObserved` label, with the model's not-observed value.
 */
export function checkObserverText(file: string, instrument: InstrumentFile, model: ScanModel): Problem[] {
  if (instrument.perspective !== 'mystery-guest' || model.version < 2) return [];
  const problems: Problem[] = [];
  for (const { at, value } of collectLocalisable(instrument.survey))
    for (const locale of instrument.locales) {
      const text = plainText(textIn(value, locale));
      const found = LEVEL_WORDING.exec(text)?.[0];
      if (found)
        problems.push({ file, at, message: `${locale}: "${found}" tells the observer a level or tier: "${text}"` });
    }
  for (const { pageName } of surveyElements(instrument.survey))
    if (LEVEL_WORDING.test(pageName.replace(/[-_]/g, ' ')))
      problems.push({ file, at: `page ${pageName}`, message: 'a page name may not mention a level or tier' });

  const label = model.mysteryGuest.notObserved?.label;
  const value = model.mysteryGuest.tickValues.notObserved;
  if (!label) return problems;
  const elements = new Map(surveyElements(instrument.survey).map((p) => [p.name, p.element]));
  for (const [name, meta] of Object.entries(instrument.items)) {
    if (meta.kind !== 'scored') continue;
    const choice = choicesOf(elements.get(name) ?? {}).find((c) => String(c.value) === value);
    for (const locale of ['nl', 'en'] as const) {
      const text = textIn(choice?.text, locale);
      if (instrument.locales.includes(locale) && text.toLowerCase() !== label[locale].toLowerCase())
        problems.push({
          file,
          at: `${name} › choices[value=${value}]`,
          message: `${locale}: the not-observed option reads "${label[locale]}" and nothing else, not "${text}"`,
        });
    }
  }
  return problems;
}
