import { type CodeResume, linksApi } from '@driehoek/shared';
import { ApiError, type ApiFailure, call } from '../api/client';

/** What typing a single-use code gives: a fresh start, or the answers saved with it on another device. */
export type CodeResult = { kind: 'ok'; resume: CodeResume } | { kind: 'failed'; failure: ApiFailure };

/** Checks a single-use code before the first question. */
export async function checkCode(linkId: string, code: string): Promise<CodeResult> {
  try {
    return { kind: 'ok', resume: await call(linksApi.resumeCode, { params: { linkId, code } }) };
  } catch (error) {
    if (error instanceof ApiError && error.code !== 'unreadable_answer') return { kind: 'failed', failure: error };
    return {
      kind: 'failed',
      failure: { status: 502, code: 'internal', message: 'De code kon niet worden gecontroleerd.' },
    };
  }
}
