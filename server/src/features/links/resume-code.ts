import type { CodeResume } from '@driehoek/shared';
import type { AppDeps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { recordBadCode, refuseCodeGuessing } from '../codes/code-attempts';
import { findCode } from '../codes/queries';
import { openLink } from './open-link';

/** What a respondent who types a code gets: a fresh start, or the answers they saved on another device. */
export async function resumeByCode(
  deps: AppDeps,
  linkId: string,
  rawCode: string,
  /** The client's address, for throttling code guesses; never stored. */
  client?: string,
): Promise<CodeResume> {
  const { link } = await openLink(deps, linkId);
  await refuseCodeGuessing(deps, link.linkId, client);
  const code = rawCode.trim().toUpperCase();
  const row = /^[A-Z2-9]{8}$/.test(code)
    ? await findCode(deps.sql, { roundId: link.roundId, audience: link.audience, code })
    : undefined;
  if (!row || row.used) {
    await recordBadCode(deps, link.linkId, client);
    throw new AppError(
      'validation',
      row ? 'code: deze code is al gebruikt' : 'code: deze code kennen we niet; controleer de letters en cijfers',
      'code',
    );
  }
  if (!row.resumeResponseId) return { state: 'new' };
  const [response] = await deps.sql<{ answers: Record<string, unknown>; locale: string }[]>`
    select answers, locale from responses where id = ${row.resumeResponseId} and status = 'partial'`;
  if (!response) return { state: 'new' };
  return { state: 'in_progress', responseId: row.resumeResponseId, ...response };
}
