import type { ReactNode } from 'react';
import type { Loaded } from '../shell/use-load';

/** Shows "Laden…" or the error of a load, and the page once the data is there. */
export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading') return <p role="status">Laden…</p>;
  if (loaded.state === 'failed') {
    return (
      <p className="form-error" role="alert">
        {loaded.error}
      </p>
    );
  }
  return <>{children(loaded.data)}</>;
}
