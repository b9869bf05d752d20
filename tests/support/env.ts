import { existsSync } from 'node:fs';

/** The one place the test harness reads the environment. */
export const harnessEnv = {
  testDatabaseUrl: process.env.TEST_DATABASE_URL || undefined,
  ci: process.env.CI === 'true' || process.env.CI === '1',
  chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  processEnv: process.env,
};

/** Undefined when Chromium can run here; otherwise the one-line reason browser tests skip (locally) or fail (CI). */
export function chromiumMissing(): string | undefined {
  if (existsSync(harnessEnv.chromiumPath)) return undefined;
  return `Chromium not found at ${harnessEnv.chromiumPath}: browser tests skipped (apt-get install -y chromium)`;
}
