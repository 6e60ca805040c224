import { defineConfig } from 'vitest/config';

// The browser test of the example page: needs `npm run build` and Debian's chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
