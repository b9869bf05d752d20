import './staff.css';
import { api, type Me } from '@driehoek/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { call, isUnauthenticated } from '../../api/client';
import { forgetOfflineReads } from '../../lib/offline/service-worker';
import { LoginForm } from '../accounts/login-form';
import { SetPasswordPage } from '../accounts/set-password-page';
import { navigate, usePlace } from '../router/navigation';
import { parseStaffRoute } from '../router/staff-route';
import { StaffContext } from './staff-context';
import { StaffShell } from './staff-shell';

type Session = { kind: 'checking' } | { kind: 'signedOut'; notice?: string } | { kind: 'signedIn'; me: Me };

/** The staff route `/app/…`: the login form (or the set-password page of an invitation), then the workspace. */
export default function StaffApp() {
  const [session, setSession] = useState<Session>({ kind: 'checking' });
  const place = usePlace();
  const route = parseStaffRoute(place.path);

  useEffect(() => {
    let cancelled = false;
    call(api.accounts.me, {}).then(
      (me) => !cancelled && setSession({ kind: 'signedIn', me }),
      (e: unknown) =>
        !cancelled &&
        setSession({ kind: 'signedOut', notice: isUnauthenticated(e) ? undefined : 'De server is niet bereikbaar.' }),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = 'nl';
    document.documentElement.dir = 'ltr';
  }, []);

  const signOut = useCallback((notice?: string) => {
    // The visit page's offline copy of reads belongs to this session (lib/offline/service-worker.ts).
    void forgetOfflineReads();
    setSession({ kind: 'signedOut', notice });
  }, []);
  const signedIn = useCallback((me: Me) => setSession({ kind: 'signedIn', me }), []);
  const context = useMemo(
    () => (session.kind === 'signedIn' ? { me: session.me, signOut } : undefined),
    [session, signOut],
  );

  // An invitation or reset link works whether or not someone is signed in on this browser.
  if (route.page === 'setPassword') {
    return (
      <SetPasswordPage
        onSignedIn={(me) => {
          signedIn(me);
          navigate('/app', { replace: true });
        }}
      />
    );
  }
  if (session.kind === 'checking') {
    return (
      <main id="main" className="page" aria-busy="true">
        <p role="status">Laden…</p>
      </main>
    );
  }
  if (!context) {
    return <LoginForm notice={session.kind === 'signedOut' ? session.notice : undefined} onSignedIn={signedIn} />;
  }
  return (
    <StaffContext.Provider value={context}>
      <StaffShell route={route} search={place.search} />
    </StaffContext.Provider>
  );
}
