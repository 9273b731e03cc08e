import { defineConfig } from 'vitest/config';

// unit: pure code, no database. integration: *.int.test.ts on PGlite, or PostgreSQL with
// MEEDOEN_TEST_DB=postgres. browser: Chromium against a running server.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'tests/unit/**/*.test.ts'], exclude: ['**/*.int.test.ts', '**/node_modules/**'] } },
      { test: { name: 'integration', include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
