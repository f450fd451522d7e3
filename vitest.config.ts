import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    // CLI tests spawn node and jsdom; a loaded 2-core CI machine needs more than the 5 s default.
    testTimeout: 30_000,
    // ../shared present (one clear line if not); a private temp folder, removed after the run.
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
