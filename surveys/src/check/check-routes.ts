import { type InstrumentFile, listQuestions, routeExpression, type ScanModel } from '@driehoek/shared';
import { surveyElements } from '../survey-elements';
import type { Problem } from './problem';

/**
 * Routing: a routed item names a route of the file, and SurveyJS shows it with exactly the `visibleIf` that
 * `routeExpression` writes for that route, so the questionnaire and scoring agree on who was asked. A route depends
 * only on single-choice background or context questions that come before the items it routes, and names values
 * those questions offer. From scan model v2 on (which defines `routing`), a scored item hidden by a `visibleIf`
 * needs a route: otherwise scoring cannot tell "not asked" from "not answered".
 */
export function checkRoutes(file: string, instrument: InstrumentFile, model: ScanModel): Problem[] {
  const problems: Problem[] = [];
  const routes = instrument.routes ?? {};
  const placed = surveyElements(instrument.survey);
  const order = new Map(placed.map((p, i) => [p.name, i]));
  const elements = new Map(placed.map((p) => [p.name, p.element]));
  const questions = new Map(listQuestions(instrument.survey).map((q) => [q.name, q]));

  for (const [key, route] of Object.entries(routes)) {
    route.when.forEach((condition, i) => {
      for (const [question, values] of Object.entries(condition)) {
        const at = `routes › ${key} › when[${i}] › ${question}`;
        const q = questions.get(question);
        const kind = instrument.items[question]?.kind;
        if (!q?.values || q.multiple) {
          problems.push({ file, at, message: 'a route depends on a single-choice question of the file' });
          continue;
        }
        if (kind !== 'background' && kind !== 'context')
          problems.push({ file, at, message: `a route depends on background or context questions, not on ${kind}` });
        const offered = q.values.map(String);
        for (const value of values)
          if (!offered.includes(value))
            problems.push({ file, at, message: `value ${value} is not an option of ${question}` });
      }
    });
    if (!Object.values(instrument.items).some((m) => m.route === key))
      problems.push({ file, at: `routes › ${key}`, message: 'no item uses this route' });
  }

  for (const [name, meta] of Object.entries(instrument.items)) {
    const visibleIf = elements.get(name)?.visibleIf;
    if (meta.route === undefined) {
      if (visibleIf !== undefined && meta.kind === 'scored' && model.routing)
        problems.push({
          file,
          at: name,
          message: 'a scored item hidden by visibleIf needs a route, so scoring knows who was not asked',
        });
      continue;
    }
    const route = routes[meta.route];
    if (!route) {
      problems.push({ file, at: name, message: `route ${meta.route} is not in the file's routes` });
      continue;
    }
    const expected = routeExpression(route);
    if (visibleIf !== expected)
      problems.push({
        file,
        at: name,
        message: `visibleIf must be "${expected}" (route ${meta.route}), not ${visibleIf === undefined ? 'absent' : `"${String(visibleIf)}"`}`,
      });
    const own = order.get(name) ?? -1;
    for (const question of new Set(route.when.flatMap((c) => Object.keys(c))))
      if ((order.get(question) ?? Number.POSITIVE_INFINITY) > own)
        problems.push({ file, at: name, message: `its route depends on ${question}, which comes later` });
  }
  return problems;
}
