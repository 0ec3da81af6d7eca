import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core drives Debian's Chromium against the built app (see tests/e2e/). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/serve-built-app.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
