import type { AppDeps, PublicationChange, RoundStatusChange } from './context';

/** Tells every listener of a round's status change; a listener that fails is logged and the others still run. */
export async function roundStatusChanged(deps: AppDeps, change: RoundStatusChange): Promise<void> {
  for (const listener of deps.hooks?.roundStatusChanged ?? []) {
    try {
      await listener(deps, change);
    } catch (err) {
      deps.logger.warn('a listener of a round status change failed', { to: change.to, error: String(err) });
    }
  }
}

/** Tells every listener that a report was published or its publication retracted. */
export async function publicationChanged(deps: AppDeps, change: PublicationChange): Promise<void> {
  for (const listener of deps.hooks?.publicationChanged ?? []) {
    try {
      await listener(deps, change);
    } catch (err) {
      deps.logger.warn('a listener of a publication change failed', { kind: change.kind, error: String(err) });
    }
  }
}
