import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // test files share a worker's loaded modules instead of loading the app again for each file;
    // each file still has its own database, and no test changes the environment or mocks modules
    isolate: false,
  },
});
