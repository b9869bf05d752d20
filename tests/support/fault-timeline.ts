import type { Logged } from './event-log';
import type { LoadEvent } from './respondents';

export type RequestRecord = {
  request: number;
  respondent: number;
  responseId: string;
  complete: boolean;
  sentSeq: number;
  /** Where its outcome came in the log; undefined while it has none. */
  endSeq: number | undefined;
  outcome: 'acknowledged' | 'refused' | 'dropped' | 'unfinished';
  status: number | undefined;
  detail: string;
};

/** Each request of the log with its start and outcome. */
export function requestRecords(events: readonly Logged<LoadEvent>[]): RequestRecord[] {
  const byRequest = new Map<number, RequestRecord>();
  for (const e of events) {
    if (e.kind === 'mark') continue;
    if (e.kind === 'sent') {
      byRequest.set(e.request, {
        request: e.request,
        respondent: e.respondent,
        responseId: e.responseId,
        complete: e.complete,
        sentSeq: e.seq,
        endSeq: undefined,
        outcome: 'unfinished',
        status: undefined,
        detail: '',
      });
      continue;
    }
    const record = byRequest.get(e.request);
    if (!record) throw new Error(`event ${e.seq} ends request ${e.request}, which was never sent`);
    if (record.endSeq !== undefined)
      throw new Error(`request ${e.request} ended twice (events ${record.endSeq}, ${e.seq})`);
    record.endSeq = e.seq;
    record.outcome = e.kind;
    if (e.kind === 'refused') {
      record.status = e.status;
      record.detail = e.body;
    }
    if (e.kind === 'dropped') record.detail = e.error;
  }
  return [...byRequest.values()];
}

export type FaultTimeline = {
  /** Respondents whose complete save got its 200 before the fault began. */
  acknowledgedBefore: number;
  /** Requests sent before the fault began and answered (or not) after: what the fault cut into. */
  inFlightAtStart: number;
  /** Requests that failed (refused or dropped) and had ended before the fault began. */
  failedBefore: RequestRecord[];
  /** Failed requests that overlapped the fault: sent before it ended, ended after it began. */
  failedDuring: RequestRecord[];
  /** Failed requests sent after the fault ended. */
  failedAfter: RequestRecord[];
  /** 200s to requests sent after the fault ended: the service came back. */
  acknowledgedAfter: number;
  unfinished: RequestRecord[];
};

/** Sorts every request by where it fell against the marks `from` and `to`, by order in the log alone. */
export function faultTimeline(
  events: readonly Logged<LoadEvent>[],
  marks: { from: number; to: number },
): FaultTimeline {
  const timeline: FaultTimeline = {
    acknowledgedBefore: 0,
    inFlightAtStart: 0,
    failedBefore: [],
    failedDuring: [],
    failedAfter: [],
    acknowledgedAfter: 0,
    unfinished: [],
  };
  for (const r of requestRecords(events)) {
    if (r.sentSeq < marks.from && (r.endSeq === undefined || r.endSeq > marks.from)) timeline.inFlightAtStart++;
    if (r.endSeq === undefined) {
      timeline.unfinished.push(r);
    } else if (r.outcome === 'acknowledged') {
      if (r.complete && r.endSeq < marks.from) timeline.acknowledgedBefore++;
      if (r.sentSeq > marks.to) timeline.acknowledgedAfter++;
    } else if (r.endSeq < marks.from) {
      timeline.failedBefore.push(r);
    } else if (r.sentSeq > marks.to) {
      timeline.failedAfter.push(r);
    } else {
      timeline.failedDuring.push(r);
    }
  }
  return timeline;
}

/** Every failed request, wherever it fell. */
export const failedRequests = (events: readonly Logged<LoadEvent>[]) =>
  requestRecords(events).filter((r) => r.outcome === 'refused' || r.outcome === 'dropped' || r.endSeq === undefined);

/** A line per request, for assertion messages that say what went wrong and where. */
export const describeRequests = (records: RequestRecord[]) =>
  records.map(
    (r) =>
      `#${r.request} (sent at ${r.sentSeq}, ended at ${r.endSeq ?? '-'}) respondent ${r.respondent} ` +
      `${r.complete ? 'complete' : 'partial'}: ${r.outcome}${r.status ? ` ${r.status}` : ''} ${r.detail}`.trim(),
  );

/** Counts completed saves as they are acknowledged: the respondents' progress, read from the log. */
export function acknowledgedRespondents(events: readonly Logged<LoadEvent>[]): number {
  const complete = new Set<number>();
  let count = 0;
  for (const e of events) {
    if (e.kind === 'sent' && e.complete) complete.add(e.request);
    if (e.kind === 'acknowledged' && complete.has(e.request)) count++;
  }
  return count;
}

/** Failed requests whose outcome came after `since` in the log. */
export function failuresSince(events: readonly Logged<LoadEvent>[], since: number): number {
  let count = 0;
  for (const e of events) if (e.seq > since && (e.kind === 'refused' || e.kind === 'dropped')) count++;
  return count;
}
