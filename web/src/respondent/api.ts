import {
  type CodeResume,
  CodeResumeSchema,
  type LinkView,
  LinkViewSchema,
  type SaveResponse,
  type SaveResponseResult,
  SaveResponseResultSchema,
} from '@driehoek/shared';
import { type ApiFailure, isRetryableStatus, readApiFailure } from '../lib/api-error';
import type { SendOutcome } from './save-queue';

export type LinkResult = { kind: 'ok'; link: LinkView } | { kind: 'failed'; failure: ApiFailure };

const KEEPALIVE_LIMIT = 60_000;

const networkFailure = (message: string): ApiFailure => ({ status: 0, code: 'network', message });

export async function fetchLink(linkId: string, signal?: AbortSignal): Promise<LinkResult> {
  let response: Response;
  try {
    response = await fetch(`/api/links/${encodeURIComponent(linkId)}`, {
      headers: { accept: 'application/json' },
      signal,
    });
  } catch {
    return {
      kind: 'failed',
      failure: networkFailure(
        'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
      ),
    };
  }
  if (!response.ok) return { kind: 'failed', failure: await readApiFailure(response) };
  const parsed = LinkViewSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    return {
      kind: 'failed',
      failure: { status: 502, code: 'internal', message: 'De vragenlijst kon niet worden gelezen.' },
    };
  }
  return { kind: 'ok', link: parsed.data };
}

/** What typing a single-use code gives: a fresh start, or the answers saved with it on another device. */
export type CodeResult = { kind: 'ok'; resume: CodeResume } | { kind: 'failed'; failure: ApiFailure };

/** Checks a single-use code before the first question (`GET /api/links/:linkId/codes/:code`). */
export async function checkCode(linkId: string, code: string): Promise<CodeResult> {
  let response: Response;
  try {
    response = await fetch(`/api/links/${encodeURIComponent(linkId)}/codes/${encodeURIComponent(code)}`, {
      headers: { accept: 'application/json' },
    });
  } catch {
    return { kind: 'failed', failure: networkFailure('Er is geen verbinding met de server. Probeer het opnieuw.') };
  }
  if (!response.ok) return { kind: 'failed', failure: await readApiFailure(response) };
  const parsed = CodeResumeSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    return {
      kind: 'failed',
      failure: { status: 502, code: 'internal', message: 'De code kon niet worden gecontroleerd.' },
    };
  }
  return { kind: 'ok', resume: parsed.data };
}

/** One save attempt, mapped to what the save queue needs to decide between done, retry and give up. */
export async function sendSave(responseId: string, body: SaveResponse): Promise<SendOutcome<SaveResponseResult>> {
  const json = JSON.stringify(body);
  let response: Response;
  try {
    response = await fetch(`/api/responses/${encodeURIComponent(responseId)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: json,
      // Lets the last save finish when the tab is closed right after it; browsers refuse keepalive over 64 kB.
      keepalive: new TextEncoder().encode(json).length < KEEPALIVE_LIMIT,
    });
  } catch (error) {
    return { kind: 'retry', reason: String(error) };
  }
  if (response.ok) {
    const parsed = SaveResponseResultSchema.safeParse(await response.json().catch(() => undefined));
    // The server stored it (2xx); an unreadable reply is its bug, not a reason to resend forever.
    return {
      kind: 'ok',
      result: parsed.success
        ? parsed.data
        : { responseId, status: body.complete ? 'complete' : 'partial', changed: true },
    };
  }
  if (isRetryableStatus(response.status)) return { kind: 'retry', reason: `HTTP ${response.status}` };
  const failure = await readApiFailure(response);
  return { kind: 'rejected', message: failure.message, code: failure.code, field: failure.field };
}

/** The server prefixes validation messages with the field ("code: …"); a respondent needs only the sentence. */
export function messageWithoutField(failure: ApiFailure): string {
  const prefix = failure.field ? `${failure.field}: ` : '';
  const text = prefix && failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
