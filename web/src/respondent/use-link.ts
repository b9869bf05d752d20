import { useEffect, useState } from 'react';
import { fetchLink, type LinkResult } from './api';

export type LinkState = { kind: 'loading' } | LinkResult;

/** Loads the link's questionnaire and round details once per link id. */
export function useLink(linkId: string): LinkState {
  const [state, setState] = useState<LinkState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchLink(linkId, controller.signal).then((result) => {
      if (!controller.signal.aborted) setState(result);
    });
    return () => controller.abort();
  }, [linkId]);
  return state;
}
