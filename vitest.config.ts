import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs in e2e/ run under their own runner, never here.
    include: ['apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // each file gets its own database; two workers match the machine's two cores
    maxWorkers: 2,
  },
});
