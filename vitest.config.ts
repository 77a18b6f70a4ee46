import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two test files at once on a two-core machine: most unit files wait on child processes
    // (the CLI, SQLite on disk, a killed backend), so the second core is otherwise idle. The
    // default (cores − 1) ran every file one after another.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: ['test/global-setup.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/bench/**'],
          // A guard against hangs, not a speed check (that is `npm run bench`): tests that start
          // the built CLI a dozen times need minutes on a loaded two-core machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          globalSetup: ['test/global-setup.ts'],
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
