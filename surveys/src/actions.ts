import { type ActionLibrary, ActionLibrarySchema } from '@driehoek/shared';
import actionsV1 from '../actions/v1.json';

/**
 * Every action library version by its path under surveys/. Published versions are locked in
 * `actions/published.lock.json` and never change; a change is a new version added here.
 */
export const actionSources: Readonly<Record<string, unknown>> = {
  'actions/v1.json': actionsV1,
};

/** Parses every action library version, oldest first; throws naming the file when one does not fit the schema. */
export function loadActionLibraries(sources: Readonly<Record<string, unknown>> = actionSources): ActionLibrary[] {
  return Object.entries(sources)
    .map(([path, raw]) => {
      const parsed = ActionLibrarySchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`action library ${path}: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      return parsed.data;
    })
    .sort((a, b) => a.version - b.version);
}

const cache = new Map<number | 'latest', ActionLibrary>();

/** The action library: the given version (a plan pins the version it was made with), or the latest. */
export function loadActionLibrary(version?: number): ActionLibrary {
  const cached = cache.get(version ?? 'latest');
  if (cached) return cached;
  const libraries = loadActionLibraries();
  const wanted = version === undefined ? libraries.at(-1) : libraries.find((l) => l.version === version);
  if (!wanted) throw new Error(`action library v${version ?? 'latest'} does not exist`);
  cache.set(version ?? 'latest', wanted);
  return wanted;
}
