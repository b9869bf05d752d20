import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionLibrarySchema, checkActionLibrary } from '@driehoek/shared';
import { describe, expect, it } from 'vitest';
import { surveysRoot } from '../scripts/read-sources';
import { actionSources, loadActionLibraries, loadActionLibrary } from './actions';
import { contentHash, LockFileSchema } from './check/lock-file';
import { loadScanModel } from './index';

const folder = join(surveysRoot, 'actions');
const onDisk = readdirSync(folder)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => ({ path: `actions/${name}`, json: JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown }));
const lock = LockFileSchema.parse(JSON.parse(readFileSync(join(folder, 'published.lock.json'), 'utf8')));

/** Locked files that changed or disappeared, and files not locked yet (with the hash to add). */
function lockProblems(files: ReadonlyArray<{ path: string; json: unknown }>): string[] {
  const problems: string[] = [];
  for (const [path, hash] of Object.entries(lock.published)) {
    const file = files.find((f) => f.path === path);
    if (!file) problems.push(`${path}: published library is missing`);
    else if (contentHash(file.json) !== hash)
      problems.push(`${path}: published library was changed; publish the change as a new version instead`);
  }
  for (const f of files)
    if (!(f.path in lock.published))
      problems.push(`${f.path}: not published; add "${contentHash(f.json)}" to the lock`);
  return problems;
}

describe('the action library', () => {
  it('registers every version in the folder, numbered by its file name', () => {
    expect(Object.keys(actionSources).sort()).toEqual(onDisk.map((f) => f.path).sort());
    for (const f of onDisk) expect(`actions/v${ActionLibrarySchema.parse(f.json).version}.json`).toBe(f.path);
  });

  it('has unique keys, 2–4 actions for every criterion at level 1 and 2, and only forms the scan model knows', () => {
    const model = loadScanModel();
    for (const library of loadActionLibraries()) expect(checkActionLibrary(library, model)).toEqual([]);
  });

  it('uses every basic form of the model somewhere', () => {
    const forms = new Set(loadActionLibrary().actions.map((a) => a.form));
    for (const form of Object.keys(loadScanModel().tags.form)) expect(forms).toContain(`form:${form}`);
  });

  it('is locked: a published version cannot change silently', () => {
    expect(lockProblems(onDisk)).toEqual([]);
  });

  it('fails the lock when a published action is edited', () => {
    const copy = structuredClone(onDisk).map((f) => ({ ...f, json: f.json as { actions: { title: string }[] } }));
    const first = copy[0]?.json.actions[0];
    if (first) first.title = 'Iets anders';
    expect(lockProblems(copy)).toEqual([
      'actions/v1.json: published library was changed; publish the change as a new version instead',
    ]);
  });

  it('loads the latest version and refuses one that does not exist', () => {
    expect(loadActionLibrary().version).toBe(1);
    expect(() => loadActionLibrary(99)).toThrow('action library v99 does not exist');
  });
});
