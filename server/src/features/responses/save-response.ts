import { findAnswerProblem, listQuestions, type SaveResponse, type SaveResponseResult } from '@driehoek/shared';
import { type AppDeps, dutchDate } from '../../context';
import { AppError } from '../../errors';
import { openLink } from '../links/open-link';
import { findResponseHead, upsertResponse } from './queries';

/**
 * Stores a respondent's answers exactly once per response id. Answers are checked against the questionnaire
 * version the round pinned; a bad answer stores nothing and names the question.
 */
export async function saveResponse(
  deps: AppDeps,
  responseId: string,
  input: SaveResponse,
): Promise<SaveResponseResult> {
  const { link, instrument } = await openLink(deps, input.linkId);
  if (!instrument.locales.includes(input.locale)) {
    throw new AppError(
      'validation',
      `locale: taal ${input.locale} wordt bij deze vragenlijst niet aangeboden`,
      'locale',
    );
  }
  const problem = findAnswerProblem(listQuestions(instrument.survey), input.answers);
  if (problem) throw new AppError('validation', problem.message, problem.field);

  const status = await upsertResponse(deps.sql, {
    id: responseId,
    linkId: link.linkId,
    roundId: link.roundId,
    audience: link.audience,
    instrumentKey: instrument.key,
    instrumentVersion: instrument.version,
    locale: input.locale,
    answers: input.answers,
    status: input.complete ? 'complete' : 'partial',
    receivedOn: dutchDate(deps.now()),
  });
  if (status) return { responseId, status, changed: true };

  const existing = await findResponseHead(deps.sql, responseId);
  if (!existing || existing.linkId !== link.linkId) {
    throw new AppError('conflict', 'responseId: dit antwoord-id hoort bij een andere vragenlijst', 'responseId');
  }
  return { responseId, status: existing.status, changed: false };
}
