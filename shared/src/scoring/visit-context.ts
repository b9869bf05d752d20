import type { InstrumentFile } from '../instruments/instrument-file';
import { type Scenario, ScenarioSchema } from './report-schema';

/**
 * Concepts of the context questions every mystery-guest form carries (v1 and v2). Found by concept, not by question
 * name, like the model's `measuredFacts`, so a renamed question keeps working.
 */
const CONTEXT = {
  scenario: 'mg.context.scenario',
  rater: 'mg.context.rater',
  visitCode: 'mg.context.visit-code',
} as const;

/** Who observed a visit, in which scenario, and the code that pairs two codings of one visit. */
export type VisitContext = { scenario: Scenario | null; rater: string | null; visitCode: string | null };

function answerOf(file: Pick<InstrumentFile, 'items'>, answers: Readonly<Record<string, unknown>>, concept: string) {
  const name = Object.entries(file.items).find(([, meta]) => meta.concept === concept)?.[0];
  const raw = name === undefined ? undefined : answers[name];
  const value = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  return value === '' ? null : value;
}

/** The context of one visit from its answers; null where the form has no such question or it was left empty. */
export function visitContext(
  file: Pick<InstrumentFile, 'items'>,
  answers: Readonly<Record<string, unknown>>,
): VisitContext {
  const scenario = ScenarioSchema.safeParse(answerOf(file, answers, CONTEXT.scenario));
  return {
    scenario: scenario.success ? scenario.data : null,
    rater: answerOf(file, answers, CONTEXT.rater),
    // Codes are typed by hand by two people: "B-12" and "b-12 " are the same visit.
    visitCode: answerOf(file, answers, CONTEXT.visitCode)?.toUpperCase() ?? null,
  };
}
