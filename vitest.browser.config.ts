import { defineConfig } from 'vitest/config';

// Browser tests: load dist/chromium and dist/firefox into Debian's browsers.
// Run `npm run build` first. Files run one after another (each starts a browser).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // ../shared and both browsers present (one clear line if not); a private temp folder, removed after the run.
    globalSetup: ['tests/browser/support/global-setup.ts'],
  },
});
