import { api, type Plan, type PlanForRound } from '@driehoek/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, failureMessage } from '../../api/client';

export type PlanState =
  | { state: 'loading' }
  | { state: 'failed'; error: string }
  | { state: 'ready'; plan: Plan | null; cannotStart: string | null };

/**
 * Loads the plan of a round and runs changes to it: every change answers the whole plan, which replaces the one
 * shown. `saving` and `message` feed one polite live region; `error` the alert of the failed change.
 */
export function usePlan(roundId: string) {
  const [loaded, setLoaded] = useState<PlanState>({ state: 'loading' });
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    setLoaded({ state: 'loading' });
    call(api.plans.forRound, { params: { roundId } }).then(
      (r: PlanForRound) => mine === generation.current && setLoaded({ state: 'ready', ...r }),
      (e: unknown) =>
        mine === generation.current &&
        setLoaded({ state: 'failed', error: failureMessage(e, 'Het plan kon niet worden geladen.') }),
    );
  }, [roundId]);

  /** Runs a change; resolves true when it was saved. */
  const change = useCallback(async (run: () => Promise<Plan>, done: string): Promise<boolean> => {
    setSaving(true);
    setError(null);
    setMessage('Opslaan…');
    try {
      const plan = await run();
      setLoaded({ state: 'ready', plan, cannotStart: null });
      setMessage(done);
      return true;
    } catch (e) {
      setError(failureMessage(e, 'Opslaan lukte niet. Probeer het opnieuw.'));
      setMessage('');
      return false;
    } finally {
      setSaving(false);
    }
  }, []);

  return { loaded, saving, message, error, change };
}

export type ChangePlan = ReturnType<typeof usePlan>['change'];
