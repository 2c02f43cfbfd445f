import { defineConfig } from 'vitest/config';

// Browser tests: a real app process on its own embedded database, driven through Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // two files at a time: each runs its own app and browser, and most of a file's time is
    // waiting on them, so two share the machine's cores without slowing each other much
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 20_000 } },
  },
});
