import type { Me } from '@driehoek/shared';
import { useCallback, useEffect, useState } from 'react';
import { isUnauthenticated, type StaffApi, staffApi } from './api';
import { LoginForm } from './login-form';
import { MonitorPage } from './monitor-page';

type Session = { kind: 'checking' } | { kind: 'signedOut'; notice?: string } | { kind: 'signedIn'; me: Me };

/** The staff route `/app`: the login form, then the response monitor. */
export default function StaffApp({ api = staffApi }: { api?: StaffApi }) {
  const [session, setSession] = useState<Session>({ kind: 'checking' });

  useEffect(() => {
    let cancelled = false;
    api.me().then(
      (me) => !cancelled && setSession({ kind: 'signedIn', me }),
      (e: unknown) =>
        !cancelled &&
        setSession({ kind: 'signedOut', notice: isUnauthenticated(e) ? undefined : 'De server is niet bereikbaar.' }),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = 'nl';
    document.documentElement.dir = 'ltr';
  }, []);

  const onSignedOut = useCallback((notice?: string) => setSession({ kind: 'signedOut', notice }), []);

  if (session.kind === 'checking') {
    return (
      <main id="main" className="page" aria-busy="true">
        <p role="status">Laden…</p>
      </main>
    );
  }
  if (session.kind === 'signedOut') {
    return <LoginForm api={api} notice={session.notice} onSignedIn={(me) => setSession({ kind: 'signedIn', me })} />;
  }
  return <MonitorPage api={api} me={session.me} onSignedOut={onSignedOut} />;
}
