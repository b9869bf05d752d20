import { statSync } from 'node:fs';
import { readProcessEnv } from '../platform/env';

/** CI sets CI=true; there every test must run, so a missing program fails the test that needs it. */
export function inCi(): boolean {
  const ci = readProcessEnv().CI;
  return ci === 'true' || ci === '1';
}

export type Program = {
  path: string;
  /** An executable file is at the path. */
  present: boolean;
  /** Skip the test: only outside CI, and only when the program is missing. */
  skip: boolean;
  /** Throws with the install command when the program is missing; call it first in a test that needs it. */
  require(): void;
};

/**
 * An outside program a test needs (Chromium, pspp, pdftoppm), looked up on the file system by the test itself
 * rather than through the production code it checks. Locally a missing one skips the test with a warning; in CI
 * (`.ci/run` installs them) it fails it.
 */
export function program(path: string, debianPackage: string): Program {
  let present = false;
  try {
    const stat = statSync(path);
    present = stat.isFile() && (stat.mode & 0o111) !== 0;
  } catch {
    present = false;
  }
  const reason = `${path} is missing: apt-get install -y ${debianPackage}`;
  const skip = !present && !inCi();
  if (skip) console.warn(`${reason} (the tests that need it are skipped outside CI)`);
  return {
    path,
    present,
    skip,
    require() {
      if (!present) throw new Error(reason);
    },
  };
}
