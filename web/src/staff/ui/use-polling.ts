import { useEffect, useRef } from 'react';

/**
 * Calls `tick` now and every `ms` while the tab is visible; a hidden tab stops polling and catches up as soon as it
 * is shown again. One call at a time: a slow answer is not overtaken by the next tick.
 */
export function usePolling(tick: () => Promise<void>, ms: number) {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    let timer: number | undefined;
    let running = false;
    let stopped = false;
    const run = async () => {
      if (running || stopped) return;
      running = true;
      try {
        await latest.current();
      } finally {
        running = false;
        schedule();
      }
    };
    const schedule = () => {
      window.clearTimeout(timer);
      if (!stopped && document.visibilityState !== 'hidden') timer = window.setTimeout(run, ms);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') window.clearTimeout(timer);
      else void run();
    };
    document.addEventListener('visibilitychange', onVisibility);
    void run();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [ms]);
}
