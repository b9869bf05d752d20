import { type LinkView, linksApi } from '@driehoek/shared';
import { useEffect, useState } from 'react';
import { ApiError, type ApiFailure, call } from '../api/client';

export type LinkResult = { kind: 'ok'; link: LinkView } | { kind: 'failed'; failure: ApiFailure };
export type LinkState = { kind: 'loading' } | LinkResult;

/** A respondent reads this before anything else: the failures say what to do, in words for parents. */
function linkFailure(error: unknown): ApiFailure {
  if (error instanceof ApiError && error.code === 'network') {
    return {
      status: 0,
      code: 'network',
      message: 'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
    };
  }
  if (error instanceof ApiError && error.code !== 'unreadable_answer') return error;
  return { status: 502, code: 'internal', message: 'De vragenlijst kon niet worden gelezen.' };
}

/** Loads the link's questionnaire and round details once per link id. */
export function useLink(linkId: string): LinkState {
  const [state, setState] = useState<LinkState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    call(linksApi.view, { params: { linkId } }, { signal: controller.signal }).then(
      (link) => !controller.signal.aborted && setState({ kind: 'ok', link }),
      (error: unknown) => !controller.signal.aborted && setState({ kind: 'failed', failure: linkFailure(error) }),
    );
    return () => controller.abort();
  }, [linkId]);
  return state;
}
