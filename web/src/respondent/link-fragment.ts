import { CODE_PATTERN, normalizeCode } from './response-store';

/**
 * The single-use code a letter's QR code or link carries in its fragment (`/s/<linkId>#code=ABCD2345`). The
 * fragment never reaches the server or its logs. Anything that is not a well-formed code counts as none.
 */
export function codeFromFragment(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = normalizeCode(params.get('code') ?? '');
  return CODE_PATTERN.test(code) ? code : undefined;
}

/**
 * Takes the code out of the address bar once read: whoever has the code can continue the answers saved with it, so
 * it should not stay in the browser history or in a screenshot of the address bar.
 */
export function forgetFragment(location: Pick<Location, 'hash' | 'pathname' | 'search'>, history: History) {
  if (!location.hash) return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  } catch {
    // A sandboxed frame may refuse; the code then simply stays visible.
  }
}
