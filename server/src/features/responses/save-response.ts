import {
  findAnswerProblem,
  type InstrumentFile,
  listQuestions,
  type QuestionShape,
  type SaveResponse,
  type SaveResponseResult,
} from '@driehoek/shared';
import type { AppDeps } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import type { Sql } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { recordBadCode, refuseCodeGuessing } from '../codes/code-attempts';
import { type CodeRow, findCode, markCode, restampRoundCodes } from '../codes/queries';
import { closedMessage, type OpenLink, openLink } from '../links/open-link';
import { findResponseHead, lockResponseHead, type ResponseInput, upsertResponse } from './queries';

export const DEFAULT_LINK_RATE_PER_MINUTE = 60;

// Instrument files never change while the server runs: read their questions once.
const questionCache = new WeakMap<InstrumentFile, QuestionShape[]>();
function questionsOf(instrument: InstrumentFile): QuestionShape[] {
  let questions = questionCache.get(instrument);
  if (!questions) {
    questions = listQuestions(instrument.survey);
    questionCache.set(instrument, questions);
  }
  return questions;
}

/**
 * Stores a respondent's answers exactly once per response id. Answers are checked against the questionnaire
 * version the round pinned; a bad answer stores nothing and names the question. The write itself is one upsert
 * that never touches a complete response, so concurrent retries cannot store a response twice; with single-use
 * codes the code and the response change in one transaction.
 */
export async function saveResponse(
  deps: AppDeps,
  responseId: string,
  input: SaveResponse,
  /** The client's address, for throttling code guesses; never stored. */
  client?: string,
): Promise<SaveResponseResult> {
  const opened = await openLink(deps, input.linkId, { cached: true });
  const { link, instrument } = opened;
  if (!instrument.locales.includes(input.locale)) {
    throw new AppError(
      'validation',
      `locale: taal ${input.locale} wordt bij deze vragenlijst niet aangeboden`,
      'locale',
    );
  }
  const problem = findAnswerProblem(questionsOf(instrument), input.answers);
  if (problem) throw new AppError('validation', problem.message, problem.field);
  if (link.singleUseCodes && !input.code) {
    throw new AppError('validation', 'code: vul de code in die u van school of opvang hebt gekregen', 'code');
  }

  const answersRow: ResponseInput = {
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
  };
  const code = link.singleUseCodes ? input.code : undefined;
  if (!code) return saveWithoutCode(deps, opened, answersRow);

  const head = await findResponseHead(deps.sql, responseId);
  const settled = settledResult(head, link.linkId, responseId);
  if (settled) return settled;
  // The code is checked before the link's budget counts the response: bad codes must not use up the budget of
  // respondents with valid ones.
  await refuseCodeGuessing(deps, link.linkId, client);
  const known = await findCode(deps.sql, { roundId: link.roundId, audience: link.audience, code });
  const refused = codeProblem(known, responseId, head !== undefined);
  if (refused) {
    if (refused.bad) await recordBadCode(deps, link.linkId, client);
    throw refused.error;
  }
  if (!head) await admitNewResponse(deps, opened, responseId);
  const result = await deps.sql.begin(async (tx) => {
    const locked = await lockResponseHead(tx, responseId);
    const raced = settledResult(locked, link.linkId, responseId);
    if (raced) return raced;
    const row = await findCode(tx, { roundId: link.roundId, audience: link.audience, code }, true);
    const lockedProblem = codeProblem(row, responseId, locked !== undefined);
    if (lockedProblem) throw lockedProblem.error;
    const status = await upsertResponse(tx, answersRow);
    if (!status) throw new Error('upsert of a locked partial response returned nothing');
    await markCode(tx, code, responseId, input.complete);
    return { responseId, status, changed: true };
  });
  // The code's write shared this transaction with the answers; writing all the round's codes again in a
  // transaction of their own leaves no system column that joins them (decision 0003).
  if (result.changed && input.complete) await restampRoundCodes(deps.sql, link.roundId);
  return result;
}

/**
 * The common case, an open link without codes: the budget check in memory (TrafficCounter) and one statement,
 * shared with the saves arriving at the same time (SaveBatcher). The check counts the save as new before the
 * statement knows; a save of an existing response gives it back.
 */
async function saveWithoutCode(
  deps: AppDeps,
  { link, graceUntil }: OpenLink,
  row: ResponseInput,
): Promise<SaveResponseResult> {
  const at = deps.now();
  const admitted = !graceUntil && (await admits(deps, link.linkId, at, row.id));
  const item = { row, allowNew: admitted };
  const outcome = await madeByCreateApp(deps.saves).save(item);
  if (!graceUntil && outcome.existing) madeByCreateApp(deps.traffic).release(link.linkId, at, row.id);
  if (outcome.saved) return { responseId: row.id, status: outcome.saved, changed: true };
  const settled = settledResult(outcome.existing, link.linkId, row.id);
  if (settled) return settled;
  if (!outcome.existing) {
    if (graceUntil) throw new AppError('link_closed', closedMessage(link.closesOn));
    if (!admitted) throw rateLimited();
  }
  // Nothing written although it looked possible: a concurrent save of this id completed it in between.
  return afterRace(deps.sql, link.linkId, row.id);
}

/** Whether the link's budget for this minute takes one more new response (and counts it). */
function admits(deps: AppDeps, linkId: string, at: Date, responseId: string): Promise<boolean> {
  const limit = deps.linkRatePerMinute ?? DEFAULT_LINK_RATE_PER_MINUTE;
  return madeByCreateApp(deps.traffic).admit(linkId, at, limit, responseId);
}

/** The per-process helpers `createApp` puts in every app's deps; missing only when a caller bypasses it. */
function madeByCreateApp<T>(helper: T | undefined): T {
  if (!helper) throw new Error('saveResponse needs the deps createApp makes (traffic counter, save batcher)');
  return helper;
}

const rateLimited = () =>
  new AppError(
    'rate_limited',
    'Het is op dit moment erg druk. Uw antwoorden staan nog op uw apparaat; we proberen het zo opnieuw.',
  );

/** A response that is already complete is final (200, unchanged); an id of another link is a conflict. */
function settledResult(
  head: { linkId: string; status: string } | undefined,
  linkId: string,
  responseId: string,
): SaveResponseResult | undefined {
  if (!head) return undefined;
  if (head.linkId !== linkId) {
    throw new AppError('conflict', 'responseId: dit antwoord-id hoort bij een andere vragenlijst', 'responseId');
  }
  return head.status === 'complete' ? { responseId, status: 'complete', changed: false } : undefined;
}

async function afterRace(sql: Sql, linkId: string, responseId: string): Promise<SaveResponseResult> {
  const settled = settledResult(await findResponseHead(sql, responseId), linkId, responseId);
  if (!settled) throw new Error('response neither stored nor found');
  return settled;
}

/** A new response needs an open round (not the grace period) and room in the link's per-minute budget. */
async function admitNewResponse(deps: AppDeps, { link, graceUntil }: OpenLink, responseId: string) {
  if (graceUntil) throw new AppError('link_closed', closedMessage(link.closesOn));
  if (!(await admits(deps, link.linkId, deps.now(), responseId))) throw rateLimited();
}

/**
 * What is wrong with using `row` for the response `responseId`: unknown or used (a bad code, counted against
 * guessing), or already resuming another response. A partial response saved with a code can only be continued
 * with that same code, so someone who learns its response id cannot overwrite it with a code of their own.
 */
function codeProblem(
  row: CodeRow | undefined,
  responseId: string,
  responseExists: boolean,
): { error: AppError; bad: boolean } | undefined {
  if (!row) {
    return {
      bad: true,
      error: new AppError('validation', 'code: deze code kennen we niet; controleer de letters en cijfers', 'code'),
    };
  }
  if (row.used) return { bad: true, error: new AppError('validation', 'code: deze code is al gebruikt', 'code') };
  if (responseExists && row.resumeResponseId !== responseId) {
    return {
      bad: false,
      error: new AppError(
        'conflict',
        'code: deze antwoorden zijn met een andere code begonnen; ga verder met de code waarmee u begon',
        'code',
      ),
    };
  }
  if (row.resumeResponseId !== responseId && row.resumeResponseId !== null) {
    return {
      bad: false,
      error: new AppError(
        'conflict',
        'code: met deze code is al iemand bezig; open de vragenlijst opnieuw met de code om verder te gaan',
        'code',
      ),
    };
  }
  return undefined;
}
