import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    // Each file opens its own database (embedded in memory, or a fresh one on TEST_DATABASE_URL's server).
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
