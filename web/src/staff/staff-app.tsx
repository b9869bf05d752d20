import './staff.css';
import type { Me } from '@driehoek/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SetPasswordPage } from './account/set-password-page';
import { isUnauthenticated, type StaffApi, staffApi } from './api';
import { LoginForm } from './login-form';
import { navigate, usePlace } from './router/navigation';
import { parseStaffRoute } from './router/staff-route';
import { StaffContext } from './staff-context';
import { StaffShell } from './staff-shell';

type Session = { kind: 'checking' } | { kind: 'signedOut'; notice?: string } | { kind: 'signedIn'; me: Me };

/** The staff route `/app/…`: the login form (or the set-password page of an invitation), then the workspace. */
export default function StaffApp({ api = staffApi }: { api?: StaffApi }) {
  const [session, setSession] = useState<Session>({ kind: 'checking' });
  const place = usePlace();
  const route = parseStaffRoute(place.path);

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

  const signOut = useCallback((notice?: string) => setSession({ kind: 'signedOut', notice }), []);
  const signedIn = useCallback((me: Me) => setSession({ kind: 'signedIn', me }), []);
  const context = useMemo(
    () => (session.kind === 'signedIn' ? { api, me: session.me, signOut } : undefined),
    [api, session, signOut],
  );

  // An invitation or reset link works whether or not someone is signed in on this browser.
  if (route.page === 'setPassword') {
    return (
      <SetPasswordPage
        api={api}
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
    return (
      <LoginForm api={api} notice={session.kind === 'signedOut' ? session.notice : undefined} onSignedIn={signedIn} />
    );
  }
  return (
    <StaffContext.Provider value={context}>
      <StaffShell route={route} search={place.search} />
    </StaffContext.Provider>
  );
}
