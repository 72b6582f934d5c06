import { defineConfig } from '@playwright/test';

// E2E runs Debian's Chromium (no browser download): every test file launches its own browser through
// test/e2e/harness.ts or the replica's own launcher. One worker: the machines have two cores.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  outputDir: 'test-results/pw',
});
