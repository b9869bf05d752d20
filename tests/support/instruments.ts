import { type InstrumentFile, itemAsked, listQuestions, type QuestionShape } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import type { ServerProcess } from './server-process';

const catalog = loadInstruments();

/** The newest published version of an instrument: what new rounds, visits and the demo seed pin. */
export function latestInstrument(key: string): InstrumentFile {
  const file = catalog.latest(key);
  if (!file) throw new Error(`no published instrument ${key}`);
  return file;
}

/**
 * The questionnaire file a link serves, by the version the server pinned for it: a test counts and names questions
 * from what the respondent is actually shown, not from a version it assumes.
 */
export async function pinnedInstrument(server: ServerProcess, linkId: string): Promise<InstrumentFile> {
  const response = await fetch(`${server.baseUrl}/api/links/${linkId}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/links/${linkId}: ${response.status} ${await response.text()}`);
  const { instrument } = (await response.json()) as { instrument: { key: string; version: number } };
  const file = catalog.get(instrument.key, instrument.version);
  if (!file) throw new Error(`link ${linkId} pins ${instrument.key} v${instrument.version}, which is not published`);
  return file;
}

/** The questions a respondent with these answers is shown: every unrouted one and the routed ones that apply. */
export function questionsAsked(file: InstrumentFile, answers: Readonly<Record<string, unknown>>): QuestionShape[] {
  return listQuestions(file.survey).filter((q) => itemAsked(file, q.name, answers));
}

/** The names of the questions that must be answered before the respondent may go on. */
export function requiredQuestions(file: InstrumentFile): string[] {
  const required: string[] = [];
  const visit = (elements: unknown) => {
    if (!Array.isArray(elements)) return;
    for (const el of elements as { type?: string; name?: string; isRequired?: boolean; elements?: unknown }[]) {
      if (el.type === 'panel') visit(el.elements);
      else if (el.isRequired === true && el.name) required.push(el.name);
    }
  };
  const pages = (file.survey as { pages?: { elements?: unknown }[] }).pages ?? [];
  for (const page of pages) visit(page.elements);
  return required;
}
