import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest: `@/` paths, auto-imports, and `browser`/`wxt/browser` replaced by @webext-core/fake-browser.
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Property tests and CLI runs take seconds on a loaded two-core machine; a timeout is a hang guard, not a timing.
    testTimeout: 30_000,
  },
});
