import { type InstrumentFile, listQuestions, routeApplies, type ScanModel } from '@driehoek/shared';
import { choicesOf, surveyElements } from './survey-elements';

/** The part of the scan model the estimate reads: seconds per closed question and per open question. */
export type TimeNorms = { authoring: Pick<ScanModel['authoring'], 'secondsPerItem' | 'secondsPerOpenQuestion'> };

/** More answer combinations than this and the estimate counts every question (an upper bound) instead. */
const MAX_COMBINATIONS = 20_000;

/**
 * The answer combinations that decide routing: every combination of the options of the questions the routes name,
 * plus "not answered" for each (a skipped background question shows no routed item).
 */
function routingCombinations(instrument: InstrumentFile): Array<Record<string, string>> | undefined {
  const routes = Object.values(instrument.routes ?? {});
  const questions = [...new Set(routes.flatMap((r) => r.when.flatMap((condition) => Object.keys(condition))))];
  const elements = new Map(surveyElements(instrument.survey).map((p) => [p.name, p.element]));
  const options = questions.map((q) => {
    const element = elements.get(q);
    const values = element ? choicesOf(element).map((c) => String(c.value)) : [];
    // Values a route names but the question does not offer still count, so a broken file is not underestimated.
    const named = routes.flatMap((r) => r.when.flatMap((condition) => condition[q] ?? []));
    return [...new Set([...values, ...named]), undefined];
  });
  const total = options.reduce((n, o) => n * o.length, 1);
  if (total > MAX_COMBINATIONS) return undefined;
  let combinations: Array<Record<string, string>> = [{}];
  questions.forEach((q, i) => {
    combinations = combinations.flatMap((partial) =>
      (options[i] ?? [undefined]).map((value) => (value === undefined ? partial : { ...partial, [q]: value })),
    );
  });
  return combinations;
}

/**
 * Estimated seconds to fill in the instrument on its longest route: the model's seconds per closed and per open
 * question, summed over the questions one respondent can be shown. An item is shown when it has no route or when
 * its route applies (see `RouteSchema`); the estimate tries every combination of answers to the background
 * questions the routes name and keeps the largest sum. Without routes that is simply every question.
 */
export function estimateSeconds(instrument: InstrumentFile, model: TimeNorms): number {
  const questions = listQuestions(instrument.survey);
  const { secondsPerItem, secondsPerOpenQuestion } = model.authoring;
  const seconds = (type: string) => (type === 'comment' ? secondsPerOpenQuestion : secondsPerItem);
  const combinations = routingCombinations(instrument);
  const sumFor = (answers: Record<string, string> | undefined) =>
    questions.reduce((sum, q) => {
      const key = instrument.items[q.name]?.route;
      const route = key === undefined ? undefined : instrument.routes?.[key];
      // An unknown route key is the check's to report; counting the item keeps the estimate an upper bound.
      const shown = answers === undefined || route === undefined || routeApplies(route, answers);
      return shown ? sum + seconds(q.type) : sum;
    }, 0);
  if (!combinations) return sumFor(undefined);
  return Math.max(0, ...combinations.map(sumFor));
}

/** Whole minutes, rounded up and at least 1, that a letter or poster states for the instrument. */
export function minutesFromSeconds(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
