import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts', 'fault/**/*.test.ts'],
    // Each file starts the built server as a child process and a browser: one file at a time keeps the two cores
    // for the code under test.
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 120_000,
  },
});
