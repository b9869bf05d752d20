import { findAnswerProblem, listQuestions, type SaveResponse, type SaveResponseResult } from '@driehoek/shared';
import { type AppDeps, dutchDate } from '../../context';
import type { Sql } from '../../db';
import { AppError } from '../../errors';
import { lockCode, markCode } from '../codes/queries';
import { closedMessage, type OpenLink, openLink } from '../links/open-link';
import { countNewResponse, lockResponseHead, upsertResponse } from './queries';

export const DEFAULT_LINK_RATE_PER_MINUTE = 60;

/**
 * Stores a respondent's answers exactly once per response id. Answers are checked against the questionnaire
 * version the round pinned; a bad answer stores nothing and names the question. Everything after the checks runs
 * in one transaction: the response, the code it used and the link's traffic count change together or not at all.
 */
export async function saveResponse(
  deps: AppDeps,
  responseId: string,
  input: SaveResponse,
): Promise<SaveResponseResult> {
  const opened = await openLink(deps, input.linkId);
  const { link, instrument } = opened;
  if (!instrument.locales.includes(input.locale)) {
    throw new AppError(
      'validation',
      `locale: taal ${input.locale} wordt bij deze vragenlijst niet aangeboden`,
      'locale',
    );
  }
  const problem = findAnswerProblem(listQuestions(instrument.survey), input.answers);
  if (problem) throw new AppError('validation', problem.message, problem.field);
  if (link.singleUseCodes && !input.code) {
    throw new AppError('validation', 'code: vul de code in die u van school of opvang hebt gekregen', 'code');
  }

  return deps.sql.begin(async (tx) => {
    const existing = await lockResponseHead(tx, responseId);
    if (existing && existing.linkId !== link.linkId) {
      throw new AppError('conflict', 'responseId: dit antwoord-id hoort bij een andere vragenlijst', 'responseId');
    }
    if (existing?.status === 'complete') return { responseId, status: 'complete', changed: false } as const;
    if (!existing) await admitNewResponse(tx, deps, opened);
    if (link.singleUseCodes && input.code) await checkCode(tx, opened, input.code, responseId);

    const status = await upsertResponse(tx, {
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
    if (!status) throw new Error('upsert of a partial response returned nothing');
    if (link.singleUseCodes && input.code) await markCode(tx, input.code, responseId, input.complete);
    return { responseId, status, changed: true };
  });
}

/** A new response needs an open round (not the grace period) and room in the link's per-minute budget. */
async function admitNewResponse(tx: Sql, deps: AppDeps, { link, graceUntil }: OpenLink) {
  if (graceUntil) throw new AppError('link_closed', closedMessage(link.closesOn));
  const count = await countNewResponse(tx, link.linkId, deps.now());
  if (count > (deps.linkRatePerMinute ?? DEFAULT_LINK_RATE_PER_MINUTE)) {
    throw new AppError(
      'rate_limited',
      'Het is op dit moment erg druk. Uw antwoorden staan nog op uw apparaat; we proberen het zo opnieuw.',
    );
  }
}

async function checkCode(tx: Sql, { link }: OpenLink, code: string, responseId: string) {
  const row = await lockCode(tx, link.roundId, link.audience, code);
  if (!row)
    throw new AppError('validation', 'code: deze code kennen we niet; controleer de letters en cijfers', 'code');
  if (row.used) throw new AppError('validation', 'code: deze code is al gebruikt', 'code');
  if (row.resumeResponseId && row.resumeResponseId !== responseId) {
    throw new AppError(
      'conflict',
      'code: met deze code is al iemand bezig; open de vragenlijst opnieuw met de code om verder te gaan',
      'code',
    );
  }
}
