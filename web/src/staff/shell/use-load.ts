import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { failureMessage, isUnauthenticated } from '../../api/client';
import { useStaff } from './staff-context';

export type Loaded<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'failed'; data?: undefined; error: string }
  | { state: 'ready'; data: T; error?: undefined };

/**
 * Loads data for a page and loads it again when `deps` change; an expired session goes back to the login form.
 * `setData` lets a page show what a save answered without asking again.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const { signOut } = useStaff();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const generation = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  const run = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const data = await load();
      if (mine === generation.current) setLoaded({ state: 'ready', data });
    } catch (e) {
      if (mine !== generation.current) return;
      if (isUnauthenticated(e)) signOut('Uw sessie is verlopen. Log opnieuw in.');
      else setLoaded({ state: 'failed', error: failureMessage(e, 'De gegevens konden niet worden geladen.') });
    }
  }, [signOut, ...deps]);

  useEffect(() => {
    void run();
  }, [run]);

  const setData = useCallback((data: T) => setLoaded({ state: 'ready', data }), []);
  return { ...loaded, reload: run, setData } as Loaded<T> & { reload: () => Promise<void>; setData: (data: T) => void };
}
