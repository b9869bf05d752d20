import type { ReactNode } from 'react';
import type { SaveStatus as Status } from '../lib/offline/save-queue';
import type { Messages } from './messages';

/**
 * The save state as a polite live region. It is always rendered, so screen readers announce changes instead of
 * missing a region that appears together with its first message. Children (`quiet`) see no "saving" or
 * "saved": only a lost connection or a refused answer, which their teacher may need to act on.
 */
export function SaveStatus({ status, m, quiet = false }: { status: Status; m: Messages; quiet?: boolean }) {
  let text: ReactNode = '';
  let tone = 'neutral';
  // `quiet` (children): "saving" and "saved" are not shown, only what an adult must act on.
  if (status.state === 'saving') text = quiet ? '' : m.statusSaving;
  else if (status.state === 'saved') text = quiet ? '' : m.statusSaved;
  else if (status.state === 'offline') {
    text = m.statusOffline;
    tone = 'warning';
  } else if (status.state === 'rejected') {
    text = (
      <>
        {/* The server's messages are Dutch. */}
        <span lang="nl">{status.message}</span> {m.keptOnDevice}
      </>
    );
    tone = 'error';
  }
  return (
    <p role="status" className={`save-status save-status--${tone}`} data-state={status.state}>
      {text}
    </p>
  );
}
