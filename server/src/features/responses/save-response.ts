import {
  findAnswerProblem,
  type InstrumentFile,
  listQuestions,
  type QuestionShape,
  type SaveResponse,
  type SaveResponseResult,
} from '@driehoek/shared';
import { type AppDeps, dutchDate } from '../../context';
import type { Sql } from '../../db';
import { AppError } from '../../errors';
import { findCode, markCode } from '../codes/queries';
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

  const row: ResponseInput = {
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
  if (!code) return saveWithoutCode(deps, opened, row);

  const head = await findResponseHead(deps.sql, responseId);
  const settled = settledResult(head, link.linkId, responseId);
  if (settled) return settled;
  if (!head) await admitNewResponse(deps, opened);
  return deps.sql.begin(async (tx) => {
    const locked = await lockResponseHead(tx, responseId);
    const raced = settledResult(locked, link.linkId, responseId);
    if (raced) return raced;
    await checkCode(tx, opened, code, responseId);
    const status = await upsertResponse(tx, row);
    if (!status) throw new Error('upsert of a locked partial response returned nothing');
    await markCode(tx, code, responseId, input.complete);
    return { responseId, status, changed: true };
  });
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
  const admitted = !graceUntil && (await admits(deps, link.linkId, at));
  const item = { row, allowNew: admitted };
  const outcome = await madeByCreateApp(deps.saves).save(item);
  if (!graceUntil && outcome.existing) madeByCreateApp(deps.traffic).release(link.linkId, at);
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
function admits(deps: AppDeps, linkId: string, at: Date): Promise<boolean> {
  const limit = deps.linkRatePerMinute ?? DEFAULT_LINK_RATE_PER_MINUTE;
  return madeByCreateApp(deps.traffic).admit(linkId, at, limit);
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
async function admitNewResponse(deps: AppDeps, { link, graceUntil }: OpenLink) {
  if (graceUntil) throw new AppError('link_closed', closedMessage(link.closesOn));
  if (!(await admits(deps, link.linkId, deps.now()))) throw rateLimited();
}

async function checkCode(tx: Sql, { link }: OpenLink, code: string, responseId: string) {
  const row = await findCode(tx, { roundId: link.roundId, audience: link.audience, code }, true);
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
