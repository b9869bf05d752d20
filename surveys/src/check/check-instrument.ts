import { type InstrumentFile, type ItemMeta, listQuestions, type ScanModel, tagProblem } from '@driehoek/shared';
import { Model } from 'survey-core';
import { estimateSeconds } from '../estimate-time';
import { plainText, textIn } from '../localised';
import { choicesOf, surveyElements } from '../survey-elements';
import { checkLocales, checkTranslated } from './check-locales';
import { checkObserverText } from './check-observer-text';
import { checkRoutes } from './check-routes';
import { checkScales } from './check-scales';
import { collectLocalisable } from './localisable-strings';
import type { Problem } from './problem';

/** The first segment every concept key of a perspective starts with. */
export const CONCEPT_PREFIX: Record<InstrumentFile['perspective'], string> = {
  parents: 'parents',
  professionals: 'professionals',
  children: 'children',
  'mystery-guest': 'mg',
};

/** survey-core loads the JSON without errors or unknown properties. */
function checkSurveyCore(file: string, survey: Record<string, unknown>): Problem[] {
  const model = new Model(survey);
  return (model.jsonErrors ?? []).map((e) => ({ file, at: 'survey', message: `survey-core: ${e.message}` }));
}

/** Element and page names are unique; every question has a title and every choice a text. */
function checkNames(file: string, survey: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const pages = new Set<string>();
  for (const placed of surveyElements(survey)) {
    if (!pages.has(placed.pageName)) {
      if (placed.pageName === '') problems.push({ file, at: 'pages', message: 'a page has no name' });
      pages.add(placed.pageName);
    }
    if (placed.name === '') {
      problems.push({ file, at: `page ${placed.pageName}`, message: `a ${placed.type} element has no name` });
      continue;
    }
    if (seen.has(placed.name)) problems.push({ file, at: placed.name, message: 'duplicate element name' });
    seen.add(placed.name);
    if (placed.type !== 'html' && placed.type !== 'panel' && placed.element.title === undefined)
      problems.push({ file, at: placed.name, message: 'no title: SurveyJS would show the question name' });
    for (const choice of choicesOf(placed.element))
      if (choice.text === undefined)
        problems.push({
          file,
          at: `${placed.name} › choices[value=${String(choice.value)}]`,
          message: 'choice has no text',
        });
  }
  if (Array.isArray(survey.pages)) {
    const names = survey.pages.map((p) => (p as { name?: unknown }).name);
    if (new Set(names).size !== names.length) problems.push({ file, at: 'pages', message: 'duplicate page name' });
  }
  return problems;
}

function expectedLevels(instrument: InstrumentFile, meta: ItemMeta, values: string[], model: ScanModel) {
  const dk = model.answerScales.dontKnowValue;
  if (instrument.perspective === 'mystery-guest') {
    const { tickValues, optionLevelOffset } = model.mysteryGuest;
    if (!meta.tier) return undefined;
    const tier = meta.tier;
    return {
      [tickValues.yes]: Math.max(1, tier + optionLevelOffset.yes),
      [tickValues.partly]: Math.max(1, tier + optionLevelOffset.partly),
      [tickValues.no]: Math.max(1, tier + optionLevelOffset.no),
      [tickValues.notObserved]: 'dk',
    } as Record<string, number | string>;
  }
  const scored = values.filter((v) => v !== dk);
  const scale =
    scored.length === 4
      ? model.answerScales.fourPoint
      : scored.length === 3
        ? model.answerScales.threePoint
        : undefined;
  if (!scale || scored.some((v, i) => v !== String(i + 1))) return undefined;
  const out: Record<string, number | string> = Object.fromEntries(scored.map((v, i) => [v, scale[i] ?? 0]));
  if (values.includes(dk)) out[dk] = 'dk';
  return out;
}

/** Items match questions one to one; scored items score every option by the model's conventions. */
function checkItems(file: string, instrument: InstrumentFile, model: ScanModel): Problem[] {
  const problems: Problem[] = [];
  const questions = listQuestions(instrument.survey);
  const elements = new Map(surveyElements(instrument.survey).map((p) => [p.name, p.element]));
  const prefix = CONCEPT_PREFIX[instrument.perspective];
  for (const q of questions)
    if (!instrument.items[q.name]) problems.push({ file, at: q.name, message: 'question has no item metadata' });
  const concepts = new Map<string, string>();
  for (const [name, meta] of Object.entries(instrument.items)) {
    const at = name;
    const q = questions.find((x) => x.name === name);
    if (!q) {
      problems.push({ file, at, message: 'item metadata for a question that does not exist' });
      continue;
    }
    const other = concepts.get(meta.concept);
    if (other) problems.push({ file, at, message: `duplicate concept ${meta.concept} (also ${other})` });
    concepts.set(meta.concept, name);
    if (!meta.concept.startsWith(`${prefix}.`))
      problems.push({ file, at, message: `concept ${meta.concept} must start with "${prefix}."` });
    for (const tag of meta.tags) {
      const problem = tagProblem(model.tags, tag);
      if (problem) problems.push({ file, at, message: problem });
    }
    if (meta.tier !== undefined && !(instrument.perspective === 'mystery-guest' && meta.kind === 'scored'))
      problems.push({ file, at, message: 'only scored mystery-guest ticks have a tier' });
    if (meta.unit !== undefined && meta.kind !== 'fact') problems.push({ file, at, message: 'only facts have a unit' });
    if (meta.kind === 'fact' && q.inputType === 'number' && !meta.unit)
      problems.push({ file, at, message: 'a measured fact needs a unit' });
    if (meta.kind !== 'scored') {
      if (meta.scoring) problems.push({ file, at, message: `a ${meta.kind} item is not scored; remove scoring` });
      continue;
    }
    if (!meta.criterion) problems.push({ file, at, message: 'scored item has no criterion' });
    if (!q.values || q.multiple) {
      problems.push({ file, at, message: 'a scored item must be a single-choice question' });
      continue;
    }
    if (instrument.perspective === 'mystery-guest' && !meta.tier)
      problems.push({ file, at, message: 'a mystery-guest tick needs a tier (1, 2 or 3)' });
    const values = q.values.map(String);
    const scoring = meta.scoring ?? {};
    for (const v of values)
      if (scoring[v] === undefined) problems.push({ file, at, message: `option ${v} has no level (unscored option)` });
    for (const v of Object.keys(scoring))
      if (!values.includes(v))
        problems.push({ file, at, message: `scoring names option ${v}, which the question does not offer` });
    const levels = new Set(Object.values(scoring).filter((s) => typeof s === 'number'));
    // Tier-1 ticks score 1.0 whatever the answer: they count through the staircase rule's credit, not their level.
    if (levels.size < 2 && instrument.perspective !== 'mystery-guest')
      problems.push({ file, at, message: 'a scored item needs at least two different levels' });
    const expected = expectedLevels(instrument, meta, values, model);
    if (expected) {
      for (const [v, level] of Object.entries(expected))
        if (scoring[v] !== undefined && scoring[v] !== level)
          problems.push({
            file,
            at,
            message: `option ${v} should be ${level} by the scan model's answer scales, not ${scoring[v]}`,
          });
      if (instrument.perspective === 'mystery-guest' && values.join() !== Object.keys(expected).join())
        problems.push({ file, at, message: `tick options must be ${Object.keys(expected).join(', ')}` });
    } else if (instrument.perspective === 'mystery-guest') {
      problems.push({ file, at, message: 'tick has no tier to derive its levels from' });
    }
    if (values.includes(model.answerScales.dontKnowValue) && scoring[model.answerScales.dontKnowValue] !== 'dk')
      problems.push({ file, at, message: `option ${model.answerScales.dontKnowValue} must be scored dk` });
    if (!elements.get(name)) problems.push({ file, at, message: 'element not found' });
  }
  return problems;
}

/** The questionnaire fits the model's time budget for its perspective. */
function checkDuration(file: string, instrument: InstrumentFile, model: ScanModel): Problem[] {
  const max = model.authoring.maxMinutes[instrument.perspective];
  if (max === undefined) return [];
  const seconds = estimateSeconds(instrument, model);
  return seconds > max * 60
    ? [{ file, message: `takes about ${Math.round(seconds / 6) / 10} minutes, more than the ${max} allowed` }]
    : [];
}

/** Children's texts: short sentences, no digits, no negations. */
function checkChildText(file: string, instrument: InstrumentFile, model: ScanModel): Problem[] {
  if (instrument.perspective !== 'children') return [];
  const problems: Problem[] = [];
  const max = model.authoring.childMaxWordsPerSentence;
  const avoid = new Set(model.authoring.childAvoidWords.map((w) => w.toLowerCase()));
  for (const { at, value } of collectLocalisable(instrument.survey)) {
    for (const locale of instrument.locales) {
      const text = plainText(textIn(value, locale));
      for (const sentence of text.split(/[.!?]+/)) {
        const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
        if (words.length > max)
          problems.push({
            file,
            at,
            message: `${locale}: sentence of ${words.length} words (max ${max}): "${sentence.trim()}"`,
          });
        if (locale === 'nl') {
          const negation = words.find((w) => avoid.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
          if (negation)
            problems.push({ file, at, message: `nl: avoid "${negation}" in children's text: "${sentence.trim()}"` });
        }
      }
      if (/\d/.test(text)) problems.push({ file, at, message: `${locale}: no numbers in children's text: "${text}"` });
    }
  }
  return problems;
}

/**
 * Every check that needs only one instrument file and the scan model whose rules it is held to (see
 * `rulesModelFor`: a version-N file keeps the rules of scan model vN).
 */
export function checkInstrument(file: string, instrument: InstrumentFile, model: ScanModel): Problem[] {
  const problems: Problem[] = [];
  const expectedPath = `${instrument.key}/v${instrument.version}.json`;
  if (file !== expectedPath)
    problems.push({ file, message: `key and version say this file belongs at ${expectedPath}` });
  if (instrument.locales[0] !== 'nl')
    problems.push({ file, at: 'locales', message: 'Dutch (nl) comes first: it is the source' });
  if (new Set(instrument.locales).size !== instrument.locales.length)
    problems.push({ file, at: 'locales', message: 'a locale is listed twice' });
  const missing = model.authoring.requiredLocales[instrument.perspective].filter(
    (l) => !instrument.locales.includes(l),
  );
  if (missing.length > 0)
    problems.push({ file, at: 'locales', message: `required locales missing: ${missing.join(', ')}` });
  if (instrument.perspective === 'mystery-guest' && !instrument.key.startsWith('mg-'))
    problems.push({ file, at: 'key', message: 'mystery-guest forms have keys starting with "mg-"' });
  problems.push(
    ...checkSurveyCore(file, instrument.survey),
    ...checkNames(file, instrument.survey),
    ...checkLocales(file, instrument.survey, instrument.locales),
    ...checkItems(file, instrument, model),
    ...checkDuration(file, instrument, model),
    ...checkChildText(file, instrument, model),
    ...checkScales(file, instrument, model),
    ...checkRoutes(file, instrument, model),
    ...checkObserverText(file, instrument, model),
  );
  if (model.version >= 2) problems.push(...checkTranslated(file, instrument.survey, instrument.locales));
  return problems;
}
