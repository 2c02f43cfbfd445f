import { defineConfig } from 'vitest/config';

// Browser tests: a real app process on its own embedded database, driven through Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // one file at a time: two apps and browsers side by side on two cores slow a navigation
    // past the tests' timeouts, and save little
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 20_000 } },
  },
});
