import type { ReactNode } from 'react';
import type { ApiFailure } from '../api/client';
import type { SaveStatus as Status } from '../lib/offline/save-queue';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import type { Messages } from './messages';
import { SaveStatus } from './save-status';

function Page({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main id="main" className="page">
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </main>
  );
}

export function LoadingPage() {
  return (
    <main id="main" className="page" aria-busy="true">
      <p role="status">Vragenlijst laden…</p>
    </main>
  );
}

const linkErrorTitles: Record<string, string> = {
  link_unknown: 'Deze link werkt niet',
  link_not_open: 'Deze vragenlijst is nog niet open',
  link_closed: 'Deze vragenlijst is gesloten',
  network: 'Geen verbinding',
};

/** Unknown, not yet open or closed links, in Dutch, with the server's own explanation. */
export function LinkErrorPage({ failure }: { failure: ApiFailure }) {
  const title = linkErrorTitles[failure.code] ?? 'Er ging iets mis';
  return (
    <Page title={title}>
      <p className="lead">{failure.message}</p>
      {failure.code === 'link_unknown' && <p>Lukt het niet? Vraag het kindcentrum om de link opnieuw te sturen.</p>}
      {(failure.code === 'network' || failure.status >= 500) && (
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Opnieuw proberen
        </button>
      )}
    </Page>
  );
}

/** The last page; children's has a picture (`picture`). */
export function ThankYouPage({ m, picture }: { m: Messages; picture?: ReactNode }) {
  return (
    <Page title={m.thanksTitle}>
      {picture}
      <p className="lead">{m.thanksBody}</p>
    </Page>
  );
}

export type SendingPageProps = { m: Messages; status: Status; onBack: () => void; quiet?: boolean };

/** Shown after "complete" until the server has acknowledged the answers; the draft stays until then. */
export function SendingPage({ m, status, onBack, quiet }: SendingPageProps) {
  return (
    <Page title={m.sendingTitle}>
      <p className="lead">{m.sendingBody}</p>
      <SaveStatus status={status} m={m} quiet={quiet} />
      {status.state === 'rejected' && (
        <button type="button" className="button button--primary" onClick={onBack}>
          {m.backToQuestionnaire}
        </button>
      )}
    </Page>
  );
}
