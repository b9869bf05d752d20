import { randomUUID } from 'node:crypto';
import { EventLog, type Logged, type Mark, type UntilOptions } from './event-log';

/** One PUT of one response, from the moment it was sent to the moment its outcome came back. */
export type RequestEvent =
  | { kind: 'sent'; request: number; respondent: number; responseId: string; complete: boolean }
  | { kind: 'acknowledged'; request: number }
  /** Any status but 200: the server answered and refused. */
  | { kind: 'refused'; request: number; status: number; body: string }
  /** No answer at all: connection refused or reset, or the request's own timeout. */
  | { kind: 'dropped'; request: number; error: string };

export type LoadEvent = RequestEvent | Mark;

export type Answers = Record<string, string | number>;

/** What one respondent sent under one response id, the last save first: what the database must end up holding. */
export type SentResponse = { respondent: number; finalAnswers: Answers };

export type RespondentRun = {
  /** Response ids whose complete save got a 200. */
  acknowledged: string[];
  /** Respondents that ran out of patience or were refused for good, with the reason. */
  failed: { respondent: number; responseId: string; reason: string }[];
};

export type RespondentOptions = {
  /** The base URL to use for each request; may change when a server restarts on another port. */
  base: () => string;
  linkId: string;
  respondents: number;
  /** Respondents busy at once; each lane starts its next respondent when the last one is done or gave up. */
  concurrency: number;
  /** Give up on one save after this long: a failure bound, not a speed claim. */
  patienceMs: number;
  /** Log to write to, when the test marks its own moments (fault start and end) in the same order. */
  log?: EventLog<RequestEvent>;
};

export type RespondentLoad = {
  log: EventLog<RequestEvent>;
  /** Every response id any respondent generated and sent, whether or not it was ever acknowledged. */
  sent: ReadonlyMap<string, SentResponse>;
  done: Promise<RespondentRun>;
  /** Ends every respondent's try at its next request, for a test that failed half-way. */
  stop(): Promise<unknown>;
  /** Waits for a condition on the log; fails once the load has finished without it. */
  until(what: string, condition: (events: readonly Logged<LoadEvent>[]) => boolean, timeoutMs?: number): Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Statuses a real respondent's browser retries (see web/src/lib/offline/send-outcome.ts); any other ends its try. */
const retried = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Each respondent's answers carry its number, so a row holding another respondent's answers is caught. Questions of
 * the latest parents' questionnaire (what new rounds pin); a complete response holds the required background
 * answers, as the real page would not let it finish without them.
 */
export const answersOf = (respondent: number, complete: boolean): Answers =>
  complete
    ? {
        bg_age_band: 'group-3-5',
        bg_sector: 'school',
        p_c1_vision_with_parents: 1 + (respondent % 3),
        open_change: `respondent ${respondent}: done`,
      }
    : { open_change: `respondent ${respondent}: halfway` };

/**
 * Simulated respondents: each saves a partial response and then completes it, retrying with backoff on network
 * errors, 408, 429 and 5xx like the real client, until the server acknowledges. Every request's start and outcome go
 * to the event log as they happen. Bounded in count and time; loopback only.
 */
export function startRespondents(o: RespondentOptions): RespondentLoad {
  const log = o.log ?? new EventLog<RequestEvent>();
  const sent = new Map<string, SentResponse>();
  const stopped = new AbortController();
  let requests = 0;

  /** Undefined once acknowledged, else why this save was given up. */
  const save = async (respondent: number, responseId: string, complete: boolean): Promise<string | undefined> => {
    const deadline = Date.now() + o.patienceMs;
    let last = 'never tried';
    for (let attempt = 0; Date.now() < deadline && !stopped.signal.aborted; attempt++) {
      const request = ++requests;
      log.add({ kind: 'sent', request, respondent, responseId, complete });
      try {
        const res = await fetch(`${o.base()}/api/responses/${responseId}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ linkId: o.linkId, locale: 'nl', answers: answersOf(respondent, complete), complete }),
          signal: AbortSignal.any([AbortSignal.timeout(10_000), stopped.signal]),
        });
        const body = await res.text();
        if (res.status === 200) {
          log.add({ kind: 'acknowledged', request });
          return undefined;
        }
        log.add({ kind: 'refused', request, status: res.status, body: body.slice(0, 300) });
        last = `${res.status}: ${body.slice(0, 300)}`;
        if (!retried(res.status)) return last;
      } catch (err) {
        last = describeError(err);
        log.add({ kind: 'dropped', request, error: last });
      }
      await sleep(Math.min(1000, 50 * 2 ** attempt) * (0.5 + Math.random()));
    }
    return `${stopped.signal.aborted ? 'stopped' : 'out of patience'}; last: ${last}`;
  };

  const run: RespondentRun = { acknowledged: [], failed: [] };
  let next = 0;
  const lane = async () => {
    for (let respondent = next++; respondent < o.respondents; respondent = next++) {
      const responseId = randomUUID();
      sent.set(responseId, { respondent, finalAnswers: answersOf(respondent, true) });
      const reason = (await save(respondent, responseId, false)) ?? (await save(respondent, responseId, true));
      if (reason) run.failed.push({ respondent, responseId, reason });
      else run.acknowledged.push(responseId);
    }
  };
  const done = Promise.all(Array.from({ length: Math.min(o.concurrency, o.respondents) }, lane)).then(() => run);
  return {
    log,
    sent,
    done,
    stop() {
      stopped.abort(new Error('the test stopped the respondents'));
      return done;
    },
    until: (what, condition, timeoutMs) =>
      log.until(what, condition, { timeoutMs, stopsWhen: done } satisfies UntilOptions),
  };
}

/** fetch hides the reason in `cause` (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET…); keep both for the report. */
function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause as { code?: string; message?: string } | undefined;
  return cause
    ? `${err.name}: ${err.message} (${cause.code ?? cause.message ?? 'no code'})`
    : `${err.name}: ${err.message}`;
}
