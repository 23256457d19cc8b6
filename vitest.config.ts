import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The default reporter, plus one that prints the environment first and makes skips loud
    // (and fatal in CI).
    reporters: ['default', './tests/support/loudSkips.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          globalSetup: ['tests/unit/globalSetup.ts'],
          // A bound on hangs, sized for two busy cores (the CLI tests start processes).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
